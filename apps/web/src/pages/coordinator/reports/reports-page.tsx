import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql } from '../../../gql';
import { ReportsView } from '../../reports/reports-view';
import { RequireWorkspace } from '../../workspace-guard';

const ReportScopesDocument = graphql(`
  query CoordinatorReportScopes {
    myCoordinatorAssignment {
      userId
      regions {
        code
        name
      }
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

/** The coordinator's annual reports: of a region, cluster or programme it watches. */
export function ReportsPage() {
  return (
    <RequireWorkspace workspace="coordinator">
      <CoordinatorReports />
    </RequireWorkspace>
  );
}

function CoordinatorReports() {
  const { t } = useTranslation('reports');
  const [scopes, reexecute] = useQuery({ query: ReportScopesDocument });
  const data = scopes.data;
  const groups = [
    { label: t('request.regions'), options: (data?.myCoordinatorAssignment?.regions ?? []).map((r) => ({ value: `REGION:${r.code}`, label: r.name })) },
    { label: t('request.clusters'), options: (data?.industryClusters.edges ?? []).map((e) => ({ value: `CLUSTER:${e.node.id}`, label: e.node.name })) },
    { label: t('request.pilots'), options: (data?.pilotPrograms ?? []).map((p) => ({ value: `PILOT:${p.id}`, label: p.name })) },
  ];
  return (
    <ReportsView
      base="/region/reports"
      intro={t('intro')}
      hint={t('request.hint')}
      placeholder={t('request.scopePlaceholder')}
      scopes={{ groups, fetching: scopes.fetching, error: scopes.error, retry: () => reexecute({ requestPolicy: 'network-only' }) }}
    />
  );
}
