import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { Provider } from 'urql';
import { createClient } from './api/client';
import { router } from './routes';

/** Language, theme, the public pages' GraphQL client and routes. */
export function App() {
  const { i18n } = useTranslation();
  const [client] = useState(() => createClient());
  const zh = i18n.language !== 'en';
  useEffect(() => {
    document.documentElement.lang = zh ? 'zh-CN' : 'en';
  }, [zh]);
  return (
    <ConfigProvider locale={zh ? zhCN : enUS} theme={{ token: { colorPrimary: '#1668dc', borderRadius: 6 } }}>
      <Provider value={client}>
        <RouterProvider router={router} />
      </Provider>
    </ConfigProvider>
  );
}
