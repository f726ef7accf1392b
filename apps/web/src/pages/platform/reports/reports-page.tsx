import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql } from '../../../gql';
import { ReportsView } from '../../reports/reports-view';
import { RequireWorkspace } from '../../workspace-guard';

const PlatformReportScopesDocument = graphql(`
  query PlatformReportScopes {
    regions {
      code
      name
    }
    industryClusters(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
    pilotPrograms {
      id
      name
      year
    }
  }
`);

/** The platform admin's annual reports: of the whole country, or of any province, cluster or programme. */
export function PlatformReportsPage() {
  return (
    <RequireWorkspace workspace="admin">
      <PlatformReports />
    </RequireWorkspace>
  );
}

function PlatformReports() {
  const { t } = useTranslation('reports');
  const [scopes, reexecute] = useQuery({ query: PlatformReportScopesDocument });
  const data = scopes.data;
  const groups = [
    // The country is always there to choose, even before (or without) the other scopes' answer.
    { label: t('request.country'), options: [{ value: 'COUNTRY:CN', label: t('country') }] },
    { label: t('request.provinces'), options: (data?.regions ?? []).map((r) => ({ value: `REGION:${r.code}`, label: r.name })) },
    { label: t('request.clusters'), options: (data?.industryClusters.edges ?? []).map((e) => ({ value: `CLUSTER:${e.node.id}`, label: e.node.name })) },
    { label: t('request.pilots'), options: (data?.pilotPrograms ?? []).map((p) => ({ value: `PILOT:${p.id}`, label: p.name })) },
  ];
  return (
    <ReportsView
      base="/platform/reports"
      intro={t('admin.intro')}
      hint={t('admin.hint')}
      placeholder={t('admin.scopePlaceholder')}
      scopes={{ groups, fetching: scopes.fetching, error: scopes.error, retry: () => reexecute({ requestPolicy: 'network-only' }) }}
    />
  );
}
