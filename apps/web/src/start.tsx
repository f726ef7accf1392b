import { createRoot } from 'react-dom/client';
// antd's components styled from its static sheet (ConfigProvider's zeroRuntime in app.tsx).
import 'antd/dist/antd.css';
// Ours after antd's, so ours win where both style one element.
import './styles.css';
import './i18n/i18n';
import { App } from './app';
import { isPublicPage } from './session/refresh-request';
import { restoreSession } from './session/session';

// Behind sign-in, take up the session boot.ts began restoring while this code downloaded.
if (!isPublicPage(location.pathname)) void restoreSession();

createRoot(document.getElementById('root')!).render(<App />);
