import { createRoot } from 'react-dom/client';
import './i18n/i18n';
import 'antd/dist/antd.css';
import './styles.css';
import { App } from './app';
import { isPublicPage } from './boot';
import { restoreSession } from './session/session';

// Behind sign-in, take up the session boot.ts began restoring while this code downloaded.
if (!isPublicPage(location.pathname)) void restoreSession();

createRoot(document.getElementById('root')!).render(<App />);
