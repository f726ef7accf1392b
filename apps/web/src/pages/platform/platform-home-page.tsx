import { Card, Col, Descriptions, List, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useFormat } from '../../format/format';
import { graphql } from '../../gql';
import { useViewer } from '../../session/viewer';
import { PageEmpty, QueryState } from '../../ui/page-states';
import { StatCard } from '../home-figures';
import { RequireWorkspace } from '../workspace-guard';

const PlatformHomeDocument = graphql(`
  query PlatformHome($organisationId: ID!) {
    enterprises(first: 1) {
      totalCount
    }
    industryChains(first: 1) {
      totalCount
    }
    industryClusters(first: 1) {
      totalCount
    }
    pilotPrograms {
      id
    }
    users(organisationId: $organisationId, first: 1) {
      totalCount
    }
    enterpriseClaims {
      id
      status
      enterpriseName
      enterpriseUscc
      claimantName
      chainName
      leaderName
      regionName
      createdAt
    }
  }
`);

/** The platform admin's landing page: how big the platform is, and the enterprise claims waiting for a decision. */
export function PlatformHomePage() {
  return (
    <RequireWorkspace workspace="admin">
      <PlatformHome />
    </RequireWorkspace>
  );
}

function PlatformHome() {
  const { t } = useTranslation('platform');
  const format = useFormat();
  const viewer = useViewer();
  const [result, reexecute] = useQuery({ query: PlatformHomeDocument, variables: { organisationId: viewer.me.organisation.id } });
  return (
    <div className="workspace-home">
      <Typography.Title level={1} className="page-title">
        {t('title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      <QueryState result={result} onRetry={() => reexecute({ requestPolicy: 'network-only' })} rows={6}>
        {(data) => {
          const claims = data.enterpriseClaims.filter((c) => c.status === 'PENDING');
          const figures = [
            { key: 'enterprises', value: data.enterprises.totalCount },
            { key: 'chains', value: data.industryChains.totalCount },
            { key: 'clusters', value: data.industryClusters.totalCount },
            { key: 'pilots', value: data.pilotPrograms.length },
            { key: 'users', value: data.users.totalCount },
          ];
          return (
            <>
              <section className="home-section" aria-labelledby="platform-figures">
                <Typography.Title level={2} id="platform-figures" className="home-section-title">
                  {t('figures')}
                </Typography.Title>
                <Row gutter={[16, 16]}>
                  {figures.map((f) => (
                    <Col key={f.key} xs={24} sm={12} xl={6}>
                      <StatCard title={t(`${f.key}.title`)} value={format.count(f.value)} suffix={t(`${f.key}.unit`)} scope={t(`${f.key}.scope`)} />
                    </Col>
                  ))}
                </Row>
              </section>
              <section className="home-section" aria-labelledby="platform-claims">
                <Typography.Title level={2} id="platform-claims" className="home-section-title">
                  {t('claims.title')}
                  {claims.length > 0 && <span className="claims-count">{t('claims.count', { count: claims.length })}</span>}
                </Typography.Title>
                <Typography.Paragraph type="secondary">{t('claims.hint')}</Typography.Paragraph>
                {claims.length === 0 ? (
                  <PageEmpty title={t('claims.empty')} />
                ) : (
                  <List
                    grid={{ gutter: 16, xs: 1, sm: 1, md: 2, lg: 2, xl: 3, xxl: 3 }}
                    dataSource={claims}
                    renderItem={(c) => (
                      <List.Item>
                        <Card title={c.enterpriseName}>
                          <Descriptions
                            column={1}
                            size="small"
                            items={[
                              { key: 'uscc', label: t('claims.uscc'), children: c.enterpriseUscc },
                              { key: 'claimant', label: t('claims.claimant'), children: c.claimantName },
                              { key: 'chain', label: t('claims.chain'), children: `${c.leaderName} · ${c.chainName}` },
                              { key: 'region', label: t('claims.region'), children: c.regionName },
                              { key: 'at', label: t('claims.createdAt'), children: format.dateTime(c.createdAt) },
                            ]}
                          />
                        </Card>
                      </List.Item>
                    )}
                  />
                )}
              </section>
            </>
          );
        }}
      </QueryState>
    </div>
  );
}
