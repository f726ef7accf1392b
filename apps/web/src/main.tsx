// boot.ts has already run (its own script, first in the page); importing it here puts the session code it
// shares with the app into boot's own file, so boot needs no second file before it can send the refresh.
import './boot';
import { earlyRefreshSent } from './session/refresh-request';

// The app's code and its style sheets (React, antd, the router) arrive with the page (index.html
// preloads them) but hold nothing up: antd's sheet (a megabyte of CSS) does not block boot.ts, and the
// code is evaluated only once boot.ts's session refresh, waiting on a Web Lock, has gone out, not
// after a few hundred milliseconds of parsing and evaluation. The import resolves once the sheet
// have loaded, so nothing renders unstyled.
void earlyRefreshSent().then(() => import('./start'));
