import { Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql } from '../../../gql';
import { useViewer } from '../../../session/viewer';
import { QueryState } from '../../../ui/page-states';
import { CertificateList } from './certificate-list';
import { MaturityForm } from './maturity-form';
import { MaturityHistory, MaturitySummary } from './maturity-section';
import './certificates.css';

const CertificatesPageDocument = graphql(`
  query CertificatesPage($id: ID!) {
    enterprise(id: $id) {
      id
      name
      ...EnterpriseRecordFields
    }
  }
`);

/** The enterprise's certificates with their status in colour, and its maturity self-assessment with the history. */
export function CertificatesPage() {
  const { t } = useTranslation('certificates');
  const viewer = useViewer();
  const [result, reexecute] = useQuery({ query: CertificatesPageDocument, variables: { id: viewer.me.organisation.id } });
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  // Only the enterprise's admins and quality engineers assess it (the API says the same).
  const mayAssess = viewer.can('ENTERPRISE_ADMIN') || viewer.can('QUALITY_ENGINEER');

  return (
    <div className="certificates-page">
      <Typography.Title level={1} className="page-title">
        {t('title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      <QueryState result={result} onRetry={refresh} rows={8}>
        {({ enterprise }) => (
          <>
            <section aria-labelledby="certs-heading">
              <Typography.Title level={2} id="certs-heading" className="section-title">
                {t('certs.title')}
              </Typography.Title>
              <CertificateList certifications={enterprise.certifications} />
            </section>
            <section aria-labelledby="maturity-heading">
              <Typography.Title level={2} id="maturity-heading" className="section-title">
                {t('maturity.title')}
              </Typography.Title>
              <Row gutter={[16, 16]}>
                <Col xs={24} lg={10}>
                  <MaturitySummary history={enterprise.maturityHistory} />
                  <MaturityHistory history={enterprise.maturityHistory} />
                </Col>
                <Col xs={24} lg={14}>
                  {mayAssess ? (
                    <MaturityForm enterpriseId={enterprise.id} onSubmitted={refresh} />
                  ) : (
                    <Typography.Paragraph type="secondary">{t('form.readOnly')}</Typography.Paragraph>
                  )}
                </Col>
              </Row>
            </section>
          </>
        )}
      </QueryState>
    </div>
  );
}
