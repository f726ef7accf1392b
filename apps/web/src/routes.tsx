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
  { path: 'profile', ...crumb('profile'), lazy: page(() => import('./pages/supplier/profile/profile-page'), 'ProfilePage') },
];

const topRoutes: RouteObject[] = [
  { path: '/sign-in', lazy: page(() => import('./pages/account/sign-in-page'), 'SignInPage') },
  { path: '/forgot-password', lazy: page(() => import('./pages/account/forgot-password-page'), 'ForgotPasswordPage') },
  { path: '/reset-password', lazy: page(() => import('./pages/account/reset-password-page'), 'ResetPasswordPage') },
  // Public: a new supplier registers here; an existing admin accepts while signed in.
  { path: '/invitation', lazy: page(() => import('./pages/invitation/invitation-page'), 'InvitationPage') },
  // Public: a supplier's shared quality profile, opened from the link or QR code it handed over.
  { path: '/verify/:token', lazy: page(() => import('./pages/verify/verify-page'), 'VerifyPage') },
  {
    path: '/',
    ...crumb('home'),
    lazy: page(() => import('./shell/signed-in-shell'), 'SignedInShell'),
    children: [
      { index: true, lazy: page(() => import('./shell/signed-in-shell'), 'HomePage') },
      ...supplierRoutes,
      { path: 'leader', ...crumb('leaderHome'), lazy: page(() => import('./pages/leader/leader-home-page'), 'LeaderHomePage') },
      { path: 'leader/suppliers', ...crumb('leaderSuppliers'), lazy: page(() => import('./pages/leader/suppliers/suppliers-page'), 'SuppliersPage') },
      { path: 'leader/suppliers/:enterpriseId', ...crumb('leaderSupplier'), lazy: page(() => import('./pages/leader/supplier-detail/supplier-detail-page'), 'SupplierDetailPage') },
      { path: 'leader/policies', ...crumb('leaderPolicies'), lazy: page(() => import('./pages/leader/policies/policies-page'), 'PoliciesPage') },
      {
        path: 'leader/issues',
        ...crumb('leaderIssues'),
        children: [
          { index: true, lazy: page(() => import('./pages/leader/quality/issues-page'), 'IssuesPage') },
          { path: ':issueId', ...crumb('leaderIssue'), lazy: page(() => import('./pages/leader/quality/issue-page'), 'IssuePage') },
        ],
      },
      { path: 'leader/problems', ...crumb('leaderProblems'), lazy: page(() => import('./pages/leader/problems/problems-page'), 'ProblemsPage') },
      {
        path: 'leader/actions/:actionId',
        ...crumb('leaderAction'),
        children: [
          { index: true, lazy: page(() => import('./pages/leader/quality/action-review-page'), 'ActionReviewPage') },
          { path: 'report', ...crumb('leaderActionReport'), lazy: page(() => import('./pages/leader/quality/action-report-page'), 'ActionReportPage') },
        ],
      },
      { path: 'leader/inspection', ...crumb('leaderInspection'), lazy: page(() => import('./pages/leader/inspection/inspection-page'), 'InspectionPage') },
      { path: 'leader/standards', ...crumb('leaderStandards'), lazy: page(() => import('./pages/leader/standards/standards-page'), 'LeaderStandardsPage') },
      { path: 'region', ...crumb('regionHome'), lazy: page(() => import('./pages/coordinator/region/region-console-page'), 'RegionConsolePage') },
      { path: 'region/areas/:code', ...crumb('regionArea'), lazy: page(() => import('./pages/coordinator/region/region-console-page'), 'RegionConsolePage') },
      { path: 'region/enterprises/:enterpriseId', ...crumb('regionEnterprise'), lazy: page(() => import('./pages/coordinator/enterprise/enterprise-page'), 'RegionEnterprisePage') },
      { path: 'region/clusters/:clusterId', ...crumb('regionCluster'), lazy: page(() => import('./pages/coordinator/cluster/cluster-page'), 'ClusterPage') },
      {
        path: 'region/pilots',
        ...crumb('regionPilots'),
        children: [
          { index: true, lazy: page(() => import('./pages/coordinator/pilots/pilots-page'), 'PilotsPage') },
          { path: ':pilotId', ...crumb('regionPilot'), lazy: page(() => import('./pages/coordinator/pilots/pilot-page'), 'PilotPage') },
        ],
      },
      {
        path: 'region/reports',
        ...crumb('regionReports'),
        children: [
          { index: true, lazy: page(() => import('./pages/coordinator/reports/reports-page'), 'ReportsPage') },
          { path: ':reportId/print', ...crumb('regionReport'), lazy: page(() => import('./pages/coordinator/reports/report-print-page'), 'ReportPrintPage') },
        ],
      },
      { path: 'platform', ...crumb('adminHome'), lazy: page(() => import('./pages/platform/platform-home-page'), 'PlatformHomePage') },
      {
        path: 'platform/reports',
        ...crumb('adminReports'),
        children: [
          { index: true, lazy: page(() => import('./pages/platform/reports/reports-page'), 'PlatformReportsPage') },
          { path: ':reportId/print', ...crumb('adminReport'), lazy: page(() => import('./pages/platform/reports/report-print-page'), 'PlatformReportPrintPage') },
        ],
      },
      { path: 'account/password', ...crumb('password'), lazy: page(() => import('./pages/account/change-password-page'), 'ChangePasswordPage') },
      { path: '*', lazy: page(() => import('./pages/not-found-page'), 'NotFoundPage') },
    ],
  },
];

export const routes = topRoutes.map((route) => ({ ...route, HydrateFallback }));

export const router = createBrowserRouter(routes);
