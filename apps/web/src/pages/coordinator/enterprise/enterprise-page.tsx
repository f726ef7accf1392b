import { Button, Col, Descriptions, Result, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useQuery } from 'urql';
import { isNotFound, problemsOf } from '../../../api/api-problem';
import { useFormat } from '../../../format/format';
import type { RegionEnterpriseQuery } from '../../../gql/graphql';
import { PageEmpty, QueryState } from '../../../ui/page-states';
import { CertificateList } from '../../supplier/certificates/certificate-list';
import { MaturityHistory, MaturitySummary } from '../../supplier/certificates/maturity-section';
import { RequireWorkspace } from '../../workspace-guard';
import { RegionSection } from '../region/region-section';
import { RegionEnterpriseDocument } from './enterprise-documents';
import { EnterpriseRatesSection } from './enterprise-rates-section';
import '../../supplier/certificates/certificates.css';
import '../region/region.css';

type Enterprise = RegionEnterpriseQuery['enterprise'];

/** Every id the API takes is a UUID: anything else in the address is a page that cannot exist (nothing is asked). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * An enterprise of the coordinator's region or cluster, read only: its
 * registration, certificates with their validity, maturity history and its
 * pass rates over all its chains together. Never another company's lots or
 * 8D content: the API gives a coordinator aggregates only.
 */
export function RegionEnterprisePage() {
  return (
    <RequireWorkspace workspace="coordinator">
      <RegionEnterprise />
    </RequireWorkspace>
  );
}

function RegionEnterprise() {
  const { enterpriseId = '' } = useParams();
  const valid = UUID.test(enterpriseId);
  const [result, reexecute] = useQuery({ query: RegionEnterpriseDocument, variables: { id: enterpriseId }, pause: !valid });
  // Outside the coordinator's regions and clusters the API answers NOT_FOUND, as for an enterprise that does not exist.
  if (!valid || (result.error && isNotFound(problemsOf(result.error)))) return <EnterpriseNotFound />;
  return (
    <div className="region-console">
      <QueryState result={result} onRetry={() => reexecute({ requestPolicy: 'network-only' })} rows={6}>
        {(data) => <EnterpriseRecord enterprise={data.enterprise} />}
      </QueryState>
    </div>
  );
}

function EnterpriseRecord({ enterprise }: { enterprise: Enterprise }) {
  const { t } = useTranslation(['coordinator-region', 'qualification']);
  const format = useFormat();
  const region = enterprise.region?.name ?? enterprise.regionName;
  const size = enterprise.sizeClass ? t(`size.${enterprise.sizeClass}`, { ns: 'qualification' }) : null;
  return (
    <>
      <Typography.Title level={1} className="page-title">
        {enterprise.name}
      </Typography.Title>
      <Typography.Paragraph className="region-intro">{t('enterprise.intro', { region })}</Typography.Paragraph>
      <RegionSection title={t('enterprise.facts')}>
        <Descriptions
          bordered
          size="small"
          column={{ xs: 1, sm: 1, md: 2, xl: 3 }}
          items={[
            { key: 'uscc', label: t('enterprise.uscc'), children: enterprise.uscc },
            { key: 'region', label: t('enterprise.region'), children: t('enterprise.regionValue', { name: region, code: enterprise.regionCode }) },
            { key: 'industry', label: t('enterprise.industry'), children: enterprise.industryCode },
            {
              key: 'size',
              label: t('enterprise.size'),
              children: size ? t(enterprise.sizeClassDeclared ? 'enterprise.sizeDeclared' : 'enterprise.sizeComputed', { size }) : t('enterprise.notGiven'),
            },
            { key: 'employees', label: t('enterprise.employees'), children: enterprise.employees == null ? t('enterprise.notGiven') : t('enterprise.employeesValue', { count: enterprise.employees }) },
            { key: 'revenue', label: t('enterprise.revenue'), children: enterprise.revenue10kCny == null ? t('enterprise.notGiven') : t('enterprise.revenueValue', { value: format.count(enterprise.revenue10kCny) }) },
            { key: 'joined', label: t('enterprise.joined'), children: format.date(enterprise.createdAt) },
          ]}
        />
      </RegionSection>
      <RegionSection title={t('enterprise.certs')}>
        {enterprise.certifications.length ? <CertificateList certifications={enterprise.certifications} /> : <PageEmpty title={t('enterprise.certsEmpty')} />}
      </RegionSection>
      <RegionSection title={t('enterprise.maturity')}>
        {enterprise.maturityHistory.length ? (
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={9}>
              <MaturitySummary history={enterprise.maturityHistory} />
            </Col>
            <Col xs={24} lg={15}>
              <MaturityHistory history={enterprise.maturityHistory} oldestFirst />
            </Col>
          </Row>
        ) : (
          <PageEmpty title={t('enterprise.maturityEmpty')} />
        )}
      </RegionSection>
      <EnterpriseRatesSection enterpriseId={enterprise.id} name={enterprise.name} />
    </>
  );
}

function EnterpriseNotFound() {
  const { t } = useTranslation('coordinator-region');
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title={
        <Typography.Title level={1} className="refusal-title">
          {t('enterprise.notFound')}
        </Typography.Title>
      }
      subTitle={t('enterprise.notFoundHint')}
      extra={
        <Button type="primary" onClick={() => navigate('/region')}>
          {t('enterprise.back')}
        </Button>
      }
    />
  );
}
