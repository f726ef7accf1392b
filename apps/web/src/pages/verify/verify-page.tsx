import { DownloadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Button, Result } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useFormat } from '../../format/format';
import { PageLoading } from '../../ui/page-states';
import { PublicFrame } from '../account/public-frame';
import { ProfileView, type ProfileData } from '../profile/profile-view';
import { VisitorName } from './visitor-name';

interface SignedProfile {
  payload: {
    share: { recipient: string; purpose: string; expiresAt: string };
    snapshot: { takenAt: string; replacesSnapshotOf: string | null };
    profile: ProfileData;
  };
  signature: { keyId: string };
}

type Loaded = { state: 'loading' } | { state: 'invalid' } | { state: 'error'; tooMany: boolean } | { state: 'ok'; signed: SignedProfile; text: string; viewId: string | null };

/**
 * The page a share's link opens, without signing in: the profile as shared,
 * who vouches for it and when, until when the share runs, and the signed
 * file to keep. An unknown, revoked or expired link says only that it is
 * not valid.
 */
export function VerifyPage() {
  const { t } = useTranslation('profile');
  const f = useFormat();
  const { token = '' } = useParams();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    // Not for search engines, even if a link leaks (the server says so too, in X-Robots-Tag).
    const robots = document.createElement('meta');
    robots.name = 'robots';
    robots.content = 'noindex, nofollow';
    document.head.append(robots);
    return () => robots.remove();
  }, []);

  useEffect(() => {
    let live = true;
    setLoaded({ state: 'loading' });
    fetch(`/verify/${encodeURIComponent(token)}.json`, { headers: { accept: 'application/json' } })
      .then(async (res) => {
        if (!live) return;
        if (res.status === 404) return setLoaded({ state: 'invalid' });
        if (!res.ok) return setLoaded({ state: 'error', tooMany: res.status === 429 });
        const text = await res.text();
        if (live) setLoaded({ state: 'ok', signed: JSON.parse(text) as SignedProfile, text, viewId: res.headers.get('x-share-view') });
      })
      .catch(() => live && setLoaded({ state: 'error', tooMany: false }));
    return () => {
      live = false;
    };
  }, [token, attempt]);

  if (loaded.state === 'loading') {
    return (
      <PublicFrame title={t('verify.title')} wide>
        <PageLoading rows={8} />
      </PublicFrame>
    );
  }
  if (loaded.state === 'invalid') {
    return (
      <PublicFrame title={t('verify.title')} wide>
        <Result status="warning" title={t('verify.invalidTitle')} subTitle={t('verify.invalidHint')} />
      </PublicFrame>
    );
  }
  if (loaded.state === 'error') {
    return (
      <PublicFrame title={t('verify.title')} wide>
        <Result
          status="error"
          title={t(loaded.tooMany ? 'verify.tooManyTitle' : 'verify.errorTitle')}
          subTitle={t(loaded.tooMany ? 'verify.tooManyHint' : 'verify.errorHint')}
          extra={<Button onClick={() => setAttempt((a) => a + 1)}>{t('verify.retry')}</Button>}
        />
      </PublicFrame>
    );
  }
  const { payload, signature } = loaded.signed;
  const download = () => {
    const url = URL.createObjectURL(new Blob([loaded.text], { type: 'application/json' }));
    const a = Object.assign(document.createElement('a'), { href: url, download: `chainq-profile-${payload.profile.registration.name}.json` });
    a.click();
    URL.revokeObjectURL(url);
  };
  return (
    <PublicFrame title={t('verify.title')} wide>
      <div className="verify-seal" role="note" aria-label={t('verify.sealLabel')}>
        <SafetyCertificateOutlined /> <strong>{t('verify.sealed', { at: f.dateTime(payload.snapshot.takenAt) })}</strong>
        <div>{t('verify.sharedWith', { recipient: payload.share.recipient, purpose: payload.share.purpose })}</div>
        <div>{t('verify.expires', { at: f.dateTime(payload.share.expiresAt) })}</div>
        {payload.snapshot.replacesSnapshotOf && <div>{t('verify.refreshed', { at: f.dateTime(payload.snapshot.replacesSnapshotOf) })}</div>}
        <div className="verify-actions">
          <Button icon={<DownloadOutlined />} onClick={download}>
            {t('verify.download')}
          </Button>
          <Button type="link" href="/.well-known/chainq-signing-key" target="_blank">
            {t('verify.key', { keyId: signature.keyId })}
          </Button>
        </div>
        <p className="profile-muted">{t('verify.howToCheck')}</p>
      </div>
      {loaded.viewId && <VisitorName token={token} viewId={loaded.viewId} enterprise={payload.profile.registration.name} />}
      <ProfileView profile={payload.profile} />
    </PublicFrame>
  );
}
