import { Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { PageEmpty, QueryState } from '../../../ui/page-states';
import { CertificateList } from '../../supplier/certificates/certificate-list';
import { MaturityHistory, MaturitySummary } from '../../supplier/certificates/maturity-section';
import { LeaderSupplierRecordDocument } from './supplier-documents';
import '../../supplier/certificates/certificates.css';

/**
 * The supplier's certificates (expired and expiring within 60 days marked, as the supplier sees them) and its
 * maturity self-assessments, oldest first: one request, a section each.
 */
export function RecordSections({ supplierId }: { supplierId: string }) {
  const { t } = useTranslation('leader-supplier');
  const [result, reexecute] = useQuery({ query: LeaderSupplierRecordDocument, variables: { id: supplierId } });
  const retry = () => reexecute({ requestPolicy: 'network-only' });
  return (
    <>
      <section className="quality-section" aria-labelledby="supplier-certificates">
        <Typography.Title level={2} id="supplier-certificates" className="section-title">
          {t('certs.title')}
        </Typography.Title>
        <QueryState
          result={result}
          onRetry={retry}
          isEmpty={(d) => d.enterprise.certifications.length === 0}
          empty={<PageEmpty title={t('certs.empty')} hint={t('certs.emptyHint')} />}
          rows={3}
        >
          {(data) => <CertificateList certifications={data.enterprise.certifications} />}
        </QueryState>
      </section>
      <section className="quality-section" aria-labelledby="supplier-maturity">
        <Typography.Title level={2} id="supplier-maturity" className="section-title">
          {t('maturity.title')}
        </Typography.Title>
        <QueryState
          result={result}
          onRetry={retry}
          isEmpty={(d) => d.enterprise.maturityHistory.length === 0}
          empty={<PageEmpty title={t('maturity.empty')} hint={t('maturity.emptyHint')} />}
          rows={3}
        >
          {(data) => (
            <Row gutter={[16, 16]}>
              <Col xs={24} lg={9}>
                <MaturitySummary history={data.enterprise.maturityHistory} />
              </Col>
              <Col xs={24} lg={15}>
                <MaturityHistory history={data.enterprise.maturityHistory} oldestFirst />
              </Col>
            </Row>
          )}
        </QueryState>
      </section>
    </>
  );
}
