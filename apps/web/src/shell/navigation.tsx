import { AlertOutlined, AuditOutlined, BarChartOutlined, BookOutlined, BulbOutlined, ControlOutlined, DashboardOutlined, ExperimentOutlined, FileTextOutlined, FlagOutlined, HomeOutlined, IdcardOutlined, SafetyCertificateOutlined, SolutionOutlined, TeamOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Workspace } from '../session/viewer';

export interface NavItem {
  path: string;
  /** Key in the common namespace's `nav`. */
  label: string;
  icon: ReactNode;
}

/** Each workspace's menu; a user sees only the workspaces of its organisation (viewer.tsx). */
export const NAVIGATION: Record<Workspace, NavItem[]> = {
  supplier: [
    { path: '/', label: 'todo', icon: <HomeOutlined /> },
    { path: '/actions', label: 'actions', icon: <SolutionOutlined /> },
    { path: '/standards', label: 'standards', icon: <BookOutlined /> },
    { path: '/quality', label: 'quality', icon: <BarChartOutlined /> },
    { path: '/qualification', label: 'qualification', icon: <AuditOutlined /> },
    { path: '/certificates', label: 'certificates', icon: <SafetyCertificateOutlined /> },
    { path: '/profile', label: 'profile', icon: <IdcardOutlined /> },
  ],
  leader: [
    { path: '/leader', label: 'leaderHome', icon: <DashboardOutlined /> },
    { path: '/leader/suppliers', label: 'leaderSuppliers', icon: <TeamOutlined /> },
    { path: '/leader/issues', label: 'leaderIssues', icon: <AlertOutlined /> },
    { path: '/leader/problems', label: 'leaderProblems', icon: <BulbOutlined /> },
    { path: '/leader/inspection', label: 'leaderInspection', icon: <ExperimentOutlined /> },
    { path: '/leader/standards', label: 'leaderStandards', icon: <BookOutlined /> },
    { path: '/leader/policies', label: 'leaderPolicies', icon: <ControlOutlined /> },
  ],
  coordinator: [
    { path: '/region', label: 'regionHome', icon: <DashboardOutlined /> },
    { path: '/region/pilots', label: 'regionPilots', icon: <FlagOutlined /> },
    { path: '/region/reports', label: 'regionReports', icon: <FileTextOutlined /> },
  ],
  admin: [
    { path: '/platform', label: 'adminHome', icon: <DashboardOutlined /> },
    { path: '/platform/reports', label: 'adminReports', icon: <FileTextOutlined /> },
  ],
};

/** Where a user lands after signing in: the first workspace's home. */
export function homeOf(workspaces: Workspace[]): string {
  return NAVIGATION[workspaces[0] ?? 'supplier'][0].path;
}
