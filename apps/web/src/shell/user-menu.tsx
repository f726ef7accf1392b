import { DownOutlined, GlobalOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import { switchLanguage, type Language } from '../i18n/i18n';
import { endSession } from '../session/session';
import { useSetMyLanguage, useViewer } from '../session/viewer';

const LogoutDocument = graphql(`
  mutation Logout {
    logout
  }
`);

/** Language, password and sign-out. Signing out ends every session of the user (the API's `logout`). */
export function UserMenu() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const viewer = useViewer();
  const [, logout] = useMutation(LogoutDocument);
  const saveLanguage = useSetMyLanguage();
  const other: Language = i18n.language === 'en' ? 'zh-CN' : 'en';

  const items: MenuProps['items'] = [
    { key: 'who', disabled: true, label: `${viewer.me.displayName} · ${viewer.me.organisation.name}`, icon: <UserOutlined /> },
    { type: 'divider' },
    { key: 'language', icon: <GlobalOutlined />, label: t('user.languageName', { lng: other }) },
    { key: 'password', icon: <KeyOutlined />, label: t('user.changePassword') },
    { key: 'signOut', icon: <LogoutOutlined />, label: t('user.signOut'), danger: true },
  ];
  const onClick: MenuProps['onClick'] = async ({ key }) => {
    if (key === 'language') {
      await switchLanguage(other);
      await saveLanguage(other);
    }
    if (key === 'password') navigate('/account/password');
    if (key === 'signOut') {
      await logout({});
      endSession();
      navigate('/sign-in', { replace: true });
    }
  };
  return (
    <Dropdown menu={{ items, onClick }} trigger={['click']}>
      <Button type="text" aria-label={t('user.menu')}>
        <span className="user-name">{viewer.me.displayName}</span> <DownOutlined />
      </Button>
    </Dropdown>
  );
}
