import { GlobalOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { switchLanguage } from '../../i18n/i18n';

/**
 * The frame of the pages before sign-in: the product's name, one card, and the
 * language switch. Plain elements rather than antd's Card and Typography keep
 * the sign-in page's JavaScript small. `wide` is for a page that is read,
 * not filled in (a shared profile).
 */
export function PublicFrame({ title, children, wide = false }: { title: string; children: ReactNode; wide?: boolean }) {
  const { t, i18n } = useTranslation();
  const other = i18n.language === 'en' ? 'zh-CN' : 'en';
  return (
    <div className="public-frame">
      <header className="public-header">
        <span className="brand">
          ChainQ <span>{t('brand.tagline')}</span>
        </span>
        <Button type="text" icon={<GlobalOutlined />} onClick={() => void switchLanguage(other, { signedOut: true })}>
          {t('user.languageName', { lng: other })}
        </Button>
      </header>
      <main className="public-main">
        <section className={wide ? 'public-card public-card-wide' : 'public-card'}>
          <h1 className="public-title">{title}</h1>
          {children}
        </section>
      </main>
    </div>
  );
}
