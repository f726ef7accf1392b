import type { ReactNode } from 'react';
import { Navigate } from 'react-router';
import { useViewer, type Workspace } from '../session/viewer';

/**
 * A workspace's pages for its users only: anyone else is sent to their own
 * home (no hint of the page, and no request for the workspace's figures).
 */
export function RequireWorkspace({ workspace, children }: { workspace: Workspace; children: ReactNode }) {
  const { workspaces } = useViewer();
  return workspaces.includes(workspace) ? <>{children}</> : <Navigate to="/" replace />;
}
