import { MenuOutlined } from '@ant-design/icons';
import { Breadcrumb, Button, Drawer, Layout, Menu, type MenuProps } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useMatches, useNavigate } from 'react-router';
import { useViewer } from '../session/viewer';
import { PageLoading } from '../ui/page-states';
import { NAVIGATION } from './navigation';
import { NotificationBell } from './notification-bell';
import { UserMenu } from './user-menu';
import { useScreens } from '../ui/use-screens';

export interface RouteHandle {
  /** Key in the common namespace's `nav`, shown in the breadcrumb. */
  crumb?: string;
}

/** Sider menu and header on a desktop; a drawer behind a menu button on a phone. */
export function AppLayout() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const location = useLocation();
  const navigate = useNavigate();
  const screens = useScreens();
  const [drawer, setDrawer] = useState(false);
  const desktop = screens.lg;

  const groups: MenuProps['items'] = viewer.workspaces.map((w) => ({
    type: 'group' as const,
    key: w,
    label: viewer.workspaces.length > 1 ? t(`workspace.${w}`) : undefined,
    children: NAVIGATION[w].map((item) => ({ key: item.path, icon: item.icon, label: t(`nav.${item.label}`) })),
  }));
  const all = viewer.workspaces.flatMap((w) => NAVIGATION[w]);
  const selected = all
    .filter((i) => (i.path === '/' ? location.pathname === '/' : location.pathname.startsWith(i.path)))
    .sort((a, b) => b.path.length - a.path.length)[0];
  const menu = (
    <Menu
      mode="inline"
      items={groups}
      selectedKeys={selected ? [selected.path] : []}
      onClick={({ key }) => {
        setDrawer(false);
        navigate(key);
      }}
    />
  );

  return (
    <Layout className="app-layout">
      {desktop && (
        <Layout.Sider width={224} theme="light" className="app-sider">
          <Link to="/" className="brand">
            ChainQ <span>{t('brand.tagline')}</span>
          </Link>
          <nav aria-label={t('nav.label')}>{menu}</nav>
        </Layout.Sider>
      )}
      <Layout>
        <Layout.Header className="app-header">
          {!desktop && <Button type="text" icon={<MenuOutlined />} aria-label={t('nav.open')} onClick={() => setDrawer(true)} />}
          {!desktop && (
            <Link to="/" className="brand brand-compact">
              ChainQ
            </Link>
          )}
          <div className="header-spacer" />
          <NotificationBell />
          <UserMenu />
        </Layout.Header>
        {/* antd's Content is the page's <main>. */}
        <Layout.Content className="app-content">
          <Crumbs />
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
      {!desktop && (
        <Drawer open={drawer} onClose={() => setDrawer(false)} placement="left" size={260} title="ChainQ">
          <nav aria-label={t('nav.label')}>{menu}</nav>
        </Drawer>
      )}
    </Layout>
  );
}

function Crumbs() {
  const { t } = useTranslation();
  const matches = useMatches();
  const items = matches
    .filter((m) => (m.handle as RouteHandle | undefined)?.crumb)
    .map((m, i, list) => {
      const title = t(`nav.${(m.handle as RouteHandle).crumb}`);
      return { key: m.id, title: i < list.length - 1 ? <Link to={m.pathname}>{title}</Link> : title };
    });
  return items.length > 1 ? <Breadcrumb className="app-crumbs" items={items} /> : null;
}
