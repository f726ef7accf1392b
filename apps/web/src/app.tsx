import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { Provider } from 'urql';
import { createClient } from './api/client';
import { router } from './routes';

/**
 * antd's default secondary text (45% black) is below the WCAG AA contrast of
 * 4.5:1 on white; helper texts under form fields and empty states use it.
 */
const THEME = { token: { colorPrimary: '#1668dc', borderRadius: 6, colorTextDescription: '#595959', colorTextTertiary: '#595959' } };

/** Language, theme, the public pages' GraphQL client and routes. */
export function App() {
  const { i18n } = useTranslation();
  const [client] = useState(() => createClient());
  const zh = i18n.language !== 'en';
  useEffect(() => {
    document.documentElement.lang = zh ? 'zh-CN' : 'en';
  }, [zh]);
  return (
    <ConfigProvider locale={zh ? zhCN : enUS} theme={THEME}>
      <Provider value={client}>
        <RouterProvider router={router} />
      </Provider>
    </ConfigProvider>
  );
}
