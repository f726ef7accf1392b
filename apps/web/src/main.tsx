import { createRoot } from 'react-dom/client';
import './i18n/i18n';
import './styles.css';
import { App } from './app';
import { restoreSession } from './session/session';

// Behind sign-in, ask for the session at once, in parallel with loading the shell's code.
const PUBLIC_PAGES = ['/sign-in', '/forgot-password', '/reset-password', '/invitation'];
if (!PUBLIC_PAGES.some((p) => location.pathname.startsWith(p))) void restoreSession();

createRoot(document.getElementById('root')!).render(<App />);
