import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql } from '../../../gql';
import { useViewer } from '../../../session/viewer';
import { PageEmpty, QueryState } from '../../../ui/page-states';
import { EnterpriseDetails } from './enterprise-details';
import { MembershipCard } from './membership-card';
import './qualification.css';

export const QualificationEnterpriseFields = graphql(`
  fragment QualificationEnterpriseFields on Enterprise {
    id
    name
    uscc
    regionCode
    regionName
    region {
      code
      name
    }
    sizeClass
    sizeClassDeclared
    sizeClassComputed
    industryCode
    employees
    revenue10kCny
    totalAssets10kCny
    certifications {
      id
      scheme
      schemeName
      number
      certificationBody
      expiresOn
      status
    }
    maturity {
      id
      level
      score
      submittedAt
    }
  }
`);

const QualificationPageDocument = graphql(`
  query SupplierQualification($enterpriseId: ID!) {
    enterprise(id: $enterpriseId) {
      ...QualificationEnterpriseFields
    }
    myMemberships {
      id
      status
      statusReason
      tier
      createdAt
      chain {
        id
        name
        leader {
          id
          name
        }
      }
      history {
        at
        fromStatus
        toStatus
        reason
      }
      latestQualification {
        id
        decision
        decisionReasons
        decidedAt
        submittedAt
        note
        certificationIds
        maturityAssessmentId
        documents {
          id
          fileName
          contentType
          sizeBytes
          downloadPath
        }
      }
    }
  }
`);

/** Our enterprise's record as the chains see it, and per chain where its qualification review stands: submit, see why it came back, resubmit. */
export function QualificationPage() {
  const { t } = useTranslation('qualification');
  const viewer = useViewer();
  const [result, reexecute] = useQuery({ query: QualificationPageDocument, variables: { enterpriseId: viewer.me.organisation.id } });
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  return (
    <>
      <Typography.Title level={1} className="page-title">
        {t('title')}
      </Typography.Title>
      <QueryState result={result} onRetry={refresh} rows={10}>
        {(data) => (
          <div className="qualification-layout">
            <EnterpriseDetails enterprise={data.enterprise} />
            <section aria-labelledby="qualification-chains">
              <Typography.Title level={2} id="qualification-chains" className="qualification-section">
                {t('chains.title')}
              </Typography.Title>
              {data.myMemberships.length === 0 ? (
                <PageEmpty title={t('chains.empty')} hint={t('chains.emptyHint')} />
              ) : (
                data.myMemberships.map((m) => <MembershipCard key={m.id} membership={m} enterprise={data.enterprise} onChanged={refresh} />)
              )}
            </section>
          </div>
        )}
      </QueryState>
    </>
  );
}
