import { createContext, useContext, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { ViewerQuery } from '../gql/graphql';
import { PageError, PageLoading } from '../ui/page-states';

/** The workspaces a signed-in user may open; an enterprise can be a supplier and a chain leader at once. */
export type Workspace = 'supplier' | 'leader' | 'coordinator' | 'admin';

export const ViewerDocument = graphql(`
  query Viewer {
    me {
      id
      displayName
      email
      roles
      organisation {
        id
        kind
        name
        uscc
      }
    }
    myMemberships {
      id
      status
    }
    industryChains(first: 100) {
      edges {
        node {
          id
          name
          leaderEnterpriseId
        }
      }
    }
  }
`);

export interface Viewer {
  me: ViewerQuery['me'];
  workspaces: Workspace[];
  /** Chains this user's enterprise leads. */
  ledChains: { id: string; name: string }[];
  can(role: string): boolean;
}

export function viewerOf(data: ViewerQuery): Viewer {
  const { me } = data;
  const ledChains = data.industryChains.edges.map((e) => e.node).filter((c) => c.leaderEnterpriseId === me.organisation.id);
  const workspaces: Workspace[] = [];
  if (me.organisation.kind === 'PLATFORM') workspaces.push('admin');
  if (me.organisation.kind === 'REGULATOR_OFFICE') workspaces.push('coordinator');
  if (me.organisation.kind === 'ENTERPRISE') {
    if (ledChains.length) workspaces.push('leader');
    // An enterprise that leads nothing is a supplier, invited or on its way to be.
    if (data.myMemberships.length || !ledChains.length) workspaces.push('supplier');
  }
  return { me, workspaces, ledChains, can: (role) => me.roles.includes(role as never) };
}

const ViewerContext = createContext<Viewer | null>(null);

export function ViewerProvider({ children }: { children: ReactNode }) {
  const [result, reexecute] = useQuery({ query: ViewerDocument });
  if (result.error && !result.data) return <PageError error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!result.data) return <PageLoading rows={10} />;
  return <ViewerContext.Provider value={viewerOf(result.data)}>{children}</ViewerContext.Provider>;
}

export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer outside a signed-in page');
  return viewer;
}
