import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { switchLanguage, takeSignedOutChoice } from '../i18n/i18n';
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
      language
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

const SetLanguageDocument = graphql(`
  mutation SetMyLanguage($language: Language!) {
    setMyLanguage(language: $language) {
      id
      language
    }
  }
`);

/** Language as the API spells it. */
export const apiLanguage = (language: 'zh-CN' | 'en') => (language === 'en' ? 'EN' : 'ZH_CN');

/** Saves the user's language on the account (user-menu.tsx, and a choice made before sign-in). */
export function useSetMyLanguage() {
  const [, setMyLanguage] = useMutation(SetLanguageDocument);
  return (language: 'zh-CN' | 'en') => setMyLanguage({ language: apiLanguage(language) });
}

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
  const saveLanguage = useSetMyLanguage();
  // The account's language wins over the device's (it is remembered per user),
  // unless the user just picked one on the sign-in page: the account takes that.
  const language = result.data?.me.language;
  useEffect(() => {
    if (!language) return;
    const picked = takeSignedOutChoice();
    if (picked && apiLanguage(picked) !== language) void saveLanguage(picked);
    else void switchLanguage(language === 'EN' ? 'en' : 'zh-CN');
  }, [language]);
  if (result.error && !result.data) return <PageError error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!result.data) return <PageLoading rows={10} />;
  return <ViewerContext.Provider value={viewerOf(result.data)}>{children}</ViewerContext.Provider>;
}

export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer outside a signed-in page');
  return viewer;
}
