import { createBrowserRouter, type RouteObject } from 'react-router';
import type { RouteHandle } from './shell/app-layout';

type Page = () => Promise<{ Component: React.ComponentType }>;
const page =
  <M,>(load: () => Promise<M>, name: keyof M): Page =>
  () =>
    load().then((m) => ({ Component: m[name] as React.ComponentType }));
/** Nothing to show while a lazy route's code arrives on first load: the page paints as soon as it has. */
const HydrateFallback = () => null;
const crumb = (key: string): { handle: RouteHandle } => ({ handle: { crumb: key } });

const supplierRoutes: RouteObject[] = [
  {
    path: 'actions',
    ...crumb('actions'),
    children: [
      { index: true, lazy: page(() => import('./pages/supplier/actions/actions-page'), 'ActionsPage') },
      { path: ':actionId', ...crumb('actionDetail'), lazy: page(() => import('./pages/supplier/actions/action-page'), 'ActionPage') },
    ],
  },
  { path: 'standards', ...crumb('standards'), lazy: page(() => import('./pages/supplier/standards/standards-page'), 'StandardsPage') },
  { path: 'quality', ...crumb('quality'), lazy: page(() => import('./pages/supplier/quality/quality-page'), 'QualityPage') },
  { path: 'qualification', ...crumb('qualification'), lazy: page(() => import('./pages/supplier/qualification/qualification-page'), 'QualificationPage') },
  { path: 'certificates', ...crumb('certificates'), lazy: page(() => import('./pages/supplier/certificates/certificates-page'), 'CertificatesPage') },
];

const topRoutes: RouteObject[] = [
  { path: '/sign-in', lazy: page(() => import('./pages/account/sign-in-page'), 'SignInPage') },
  { path: '/forgot-password', lazy: page(() => import('./pages/account/forgot-password-page'), 'ForgotPasswordPage') },
  { path: '/reset-password', lazy: page(() => import('./pages/account/reset-password-page'), 'ResetPasswordPage') },
  // Public: a new supplier registers here; an existing admin accepts while signed in.
  { path: '/invitation', lazy: page(() => import('./pages/invitation/invitation-page'), 'InvitationPage') },
  {
    path: '/',
    ...crumb('home'),
    lazy: page(() => import('./shell/signed-in-shell'), 'SignedInShell'),
    children: [
      { index: true, lazy: page(() => import('./shell/signed-in-shell'), 'HomePage') },
      ...supplierRoutes,
      { path: 'leader', ...crumb('leaderHome'), lazy: page(() => import('./pages/leader/leader-home-page'), 'LeaderHomePage') },
      { path: 'region', ...crumb('regionHome'), lazy: page(() => import('./pages/coordinator/region-home-page'), 'RegionHomePage') },
      { path: 'platform', ...crumb('adminHome'), lazy: page(() => import('./pages/platform/platform-home-page'), 'PlatformHomePage') },
      { path: 'account/password', ...crumb('password'), lazy: page(() => import('./pages/account/change-password-page'), 'ChangePasswordPage') },
      { path: '*', lazy: page(() => import('./pages/not-found-page'), 'NotFoundPage') },
    ],
  },
];

export const routes = topRoutes.map((route) => ({ ...route, HydrateFallback }));

export const router = createBrowserRouter(routes);
