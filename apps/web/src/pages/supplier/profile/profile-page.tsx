import { ShareAltOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql } from '../../../gql';
import { useViewer } from '../../../session/viewer';
import { QueryState } from '../../../ui/page-states';
import { ProfileView } from '../../profile/profile-view';
import { ShareDialog } from './share-dialog';
import { ShareList } from './share-list';

const OwnProfileDocument = graphql(`
  query OwnQualityProfile($enterpriseId: ID!) {
    qualityProfile(enterpriseId: $enterpriseId) {
      computedAt
      registration {
        name
        uscc
        regionName
        sizeClass
        registeredOn
      }
      certificates {
        scheme
        schemeName
        issuer
        number
        issuedOn
        expiresOn
        status
      }
      maturity {
        level
        score
        assessedAt
      }
      chains {
        name
        leaderProvince
        status
        suppliedSince
        monthsSupplied
        period {
          from
          to
        }
        lotsInspected
        lotPassRate
        firstPassYield
        ppm
        correctiveActions {
          requested
          answered
          medianResponseHours
        }
      }
    }
  }
`);

/**
 * Our quality credit profile as ChainQ vouches for it, and (for the
 * enterprise admin) the shares given to lenders and customers: create one,
 * see who opened it, revoke it.
 */
export function ProfilePage() {
  const { t } = useTranslation('profile');
  const viewer = useViewer();
  const isAdmin = viewer.can('ENTERPRISE_ADMIN');
  const [sharing, setSharing] = useState(false);
  const [listVersion, setListVersion] = useState(0);
  const [result, reexecute] = useQuery({ query: OwnProfileDocument, variables: { enterpriseId: viewer.me.organisation.id } });
  return (
    <div className="profile-page">
      <Typography.Title level={1} className="page-title">
        {t('title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      {isAdmin && (
        <section aria-labelledby="shares-heading" className="profile-shares">
          <div className="profile-item-head">
            <Typography.Title level={2} id="shares-heading" className="section-title">
              {t('shares.title')}
            </Typography.Title>
            <Button type="primary" icon={<ShareAltOutlined />} onClick={() => setSharing(true)}>
              {t('shares.create')}
            </Button>
          </div>
          <ShareList key={listVersion} />
        </section>
      )}
      <section aria-labelledby="own-profile-heading">
        <Typography.Title level={2} id="own-profile-heading" className="section-title">
          {t('own.title')}
        </Typography.Title>
        <QueryState result={result} onRetry={() => reexecute({ requestPolicy: 'network-only' })} rows={10}>
          {({ qualityProfile }) => <ProfileView profile={qualityProfile} />}
        </QueryState>
      </section>
      {sharing && <ShareDialog onClose={() => setSharing(false)} onCreated={() => setListVersion((v) => v + 1)} />}
    </div>
  );
}
