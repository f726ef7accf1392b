import { GateRole } from './role-gate';

/** Rule text per column: platform admin, coordinator, leader, leader viewer, supplier. */
export type PermissionCells = readonly [admin: string, coordinator: string, leader: string, leaderViewer: string, supplier: string];

export interface PermissionRow {
  /**
   * GraphQL root fields as `Query.x` / `Mutation.x`, REST routes as
   * `GET /files/:id`. A nested field (`IndustryChain.memberships`) is shown
   * for its rule but not gated: its root operation governs it.
   */
  operations: readonly string[];
  /** The first column, when the plain operation names would not say enough. */
  label?: string;
  cells: PermissionCells;
  /** Narrows the gate the cells give (e.g. "admin only" inside a leader's cell). */
  only?: readonly GateRole[];
}

const { PLATFORM_ADMIN, ENTERPRISE_ADMIN } = GateRole;
const PUBLIC: PermissionCells = ['public', 'public', 'public', 'public', 'public'];
const OWN: PermissionCells = ['own', 'own', 'own', 'own', 'own'];
const YES: PermissionCells = ['yes', 'yes', 'yes', 'yes', 'yes'];
const ADMIN_ONLY: PermissionCells = ['yes', '–', '–', '–', '–'];

/**
 * The permission matrix: every GraphQL root operation and REST route, with
 * who may call it. A cell that is "–" (or starts with it) closes the
 * operation to that column's roles; the role gate (./permission-gates.ts) is
 * computed from these cells and enforced for every request, and the README's
 * table is printed from them (`npm run cli -- print-permissions`). Which rows
 * a caller may touch (its scope) is decided by the domain services.
 */
export const PERMISSION_MATRIX: readonly PermissionRow[] = [
  {
    operations: ['Mutation.login', 'Mutation.requestPasswordReset', 'Mutation.resetPassword', 'Mutation.acceptInvitation', 'Query.invitationPreview', 'POST /auth/refresh', 'GET /health/live', 'GET /health/ready'],
    label: '`login`, `requestPasswordReset`, `resetPassword`, `acceptInvitation`, `invitationPreview(token)`, `POST /auth/refresh` (refresh cookie), `/health/*`',
    cells: PUBLIC,
  },
  { operations: ['Query.me', 'Mutation.changePassword', 'Mutation.setMyLanguage', 'Mutation.logout', 'Query.notifications', 'Mutation.markNotificationsRead'], cells: OWN },
  { operations: ['Query.users'], label: '`users(organisationId)`', cells: ['any', 'own office', 'own enterprise', 'own enterprise', 'own enterprise'] },
  { operations: ['Mutation.createUser'], cells: ['any organisation', '–', 'own enterprise (admin only; enterprise roles)', '–', 'own enterprise (admin only)'], only: [PLATFORM_ADMIN, ENTERPRISE_ADMIN] },
  { operations: ['Query.regions'], cells: YES },
  {
    operations: ['Query.enterprise', 'Query.enterprises'],
    cells: ['all', 'in its regions or clusters', "itself and its chain's suppliers while ONBOARDING, ACTIVE or SUSPENDED", 'same', 'itself and the leaders of chains it has accepted'],
  },
  // Open to all: the web app asks it for the signed-in enterprise's own record without knowing its id first.
  { operations: ['Query.myEnterprise'], cells: ['none (null)', 'none (null)', 'its own', 'same', 'its own'] },
  { operations: ['Mutation.createEnterprise'], cells: ADMIN_ONLY },
  { operations: ['Mutation.updateEnterprise'], cells: ['any', '–', 'own (admin)', '–', 'own (admin)'], only: [PLATFORM_ADMIN, ENTERPRISE_ADMIN] },
  { operations: ['Mutation.recordCertification', 'Mutation.submitMaturityAssessment'], cells: ['any', '–', 'own', '–', 'own'] },
  { operations: ['Query.industryClusters', 'Query.industryCluster'], cells: ['all', 'assigned, or in its regions', 'those its chain draws on, and its own', 'same', 'its own'] },
  { operations: ['Query.myCoordinatorAssignment'], cells: ['–', 'its own', '–', '–', '–'] },
  { operations: ['Mutation.createIndustryCluster', 'Mutation.addClusterMembers', 'Mutation.createPilotProgram', 'Mutation.assignCoordinator'], cells: ADMIN_ONLY },
  { operations: ['Query.pilotPrograms'], cells: ['all', 'covering its regions or clusters', 'covering its clusters', 'same', 'covering its clusters'] },
  { operations: ['Query.industryChains', 'Query.industryChain'], cells: ['all', 'leader in its regions, or drawing on its clusters', 'its own chain', 'same', 'chains it has joined (accepted)'] },
  {
    operations: ['IndustryChain.memberships', 'Query.chainMembership'],
    label: '`industryChain.memberships`, `chainMembership(id)`',
    cells: ['all', 'all', "all (an INVITED or EXITED member's `enterprise` is null)", 'same', 'its own membership only'],
  },
  // Open to all: the web app asks it of everyone signed in to choose their workspaces.
  { operations: ['Query.myMemberships'], cells: ['none (an empty list)', 'none (an empty list)', 'its memberships as a supplier', 'same', 'its memberships'] },
  { operations: ['Mutation.createIndustryChain'], cells: ['for any enterprise', '–', 'own enterprise (admin; one chain per leader)', '–', '–'], only: [PLATFORM_ADMIN, ENTERPRISE_ADMIN] },
  {
    operations: ['Mutation.inviteSupplier', 'Mutation.resendInvitation', 'Mutation.cancelInvitation', 'Mutation.approveSupplier', 'Mutation.returnQualification', 'Mutation.suspendSupplier', 'Mutation.reinstateSupplier'],
    cells: ['any chain', '–', 'own chain', '–', '–'],
  },
  { operations: ['Query.enterpriseClaims'], cells: ['all pending', 'pending ones for enterprises in its regions', '–', '–', '–'] },
  {
    operations: ['Mutation.confirmEnterpriseClaim', 'Mutation.rejectEnterpriseClaim'],
    cells: ['yes', 'enterprises in its regions (seen only through a cluster: FORBIDDEN)', '–', '–', '–'],
  },
  { operations: ['Mutation.submitQualification'], cells: ['–', '–', '–', '–', 'own membership'] },
  { operations: ['Mutation.exitSupplier'], cells: ['any chain', '–', 'own chain', '–', 'own membership (admin)'] },
  { operations: ['Mutation.createStandard', 'Mutation.publishStandardRevision'], cells: ['–', 'for its office (group standards)', 'for its enterprise', '–', 'for its enterprise'] },
  { operations: ['Mutation.distributeStandardRevision'], cells: ['–', "own office's standards, to clusters it coordinates", 'own standards, to its own chain', '–', 'own standards, to a chain it leads'] },
  { operations: ['Query.standards', 'Query.standard'], cells: ['all', "own office's, and those sent into its chains and clusters", 'own, and those sent to it', 'same', 'own, and those sent to it'] },
  {
    operations: ['Query.standardDistributions'],
    label: '`standardDistributions` (with figures)',
    cells: ['all', 'own, and those into its chains and clusters (all recipients)', 'own (all recipients)', 'same', 'those addressed to it (itself only)'],
  },
  { operations: ['Query.myStandardAcknowledgements'], cells: ['–', '–', 'its own acknowledgements', 'read only', 'its own acknowledgements'] },
  { operations: ['Mutation.acknowledgeStandard', 'Mutation.adoptStandard', 'Mutation.requestStandardDeviation'], cells: ['–', '–', 'its own acknowledgements', '–', 'its own acknowledgements'] },
  { operations: ['Mutation.decideStandardDeviation'], cells: ['–', "own office's standards", 'own standards', '–', 'own standards'] },
  {
    operations: [
      'Mutation.reportQualityIssue',
      'Mutation.requestCorrectiveAction',
      'Mutation.reviewCorrectiveActionStep',
      'Mutation.closeCorrectiveAction',
      'Mutation.reopenCorrectiveAction',
      'Mutation.cancelCorrectiveAction',
      'Mutation.setCorrectiveActionPolicy',
      'Mutation.addDefectCode',
      'Mutation.retireDefectCode',
    ],
    cells: ['–', '–', 'own chain', '–', '–'],
  },
  { operations: ['Query.correctiveActionPolicies'], cells: ['all', 'chains it sees', 'own chain', 'same', 'chains it supplies'] },
  { operations: ['Query.defectCodes'], cells: ['all', 'chains it sees', 'own chain', 'same', 'chains it supplies'] },
  { operations: ['Query.qualityIssues', 'Query.qualityIssue'], cells: ['all', '–', "own chain's", 'same', 'those it has an action for'] },
  { operations: ['Query.correctiveActions', 'Query.correctiveAction'], label: '`correctiveActions`, `correctiveAction` (steps, timeline)', cells: ['all', '– (no 8D text)', "own chain's", 'same', 'its own only'] },
  { operations: ['Mutation.saveCorrectiveActionStep', 'Mutation.submitCorrectiveActionStep'], cells: ['–', '–', '–', '–', 'its own actions (admin, QE)'] },
  { operations: ['Mutation.addCorrectiveActionComment'], cells: ['–', '–', "own chain's actions", '–', 'its own actions'] },
  { operations: ['Mutation.shareSolution'], cells: ['–', '–', '–', '–', 'its own effective action (admin)'], only: [ENTERPRISE_ADMIN] },
  { operations: ['Query.commonProblems'], cells: ['all', 'its chains and clusters', 'own chain', 'same', '–'] },
  { operations: ['Query.solutionLibrary'], cells: ['all', 'shared ones', "own chain's and shared", 'same', 'its own and shared'] },
  { operations: ['Query.correctiveActionMetrics'], cells: ['all', 'its chains', 'own chain (every supplier)', 'same', 'its own row'] },
  { operations: ['Mutation.recordInspectionLots'], cells: ['–', '–', "incoming lots of its chain's suppliers", '–', 'its own self, mutual, special lots'] },
  { operations: ['Query.inspectionLots'], cells: ['all', '– (aggregates only)', "own chain's", 'same', 'its own'] },
  { operations: ['Query.passRateSeries'], cells: ['all', 'chains, clusters and regions it watches', 'own chain, and each supplier in it', 'same', 'its own (`CHAIN_SUPPLIER`)'] },
  {
    operations: ['POST /inspection-imports', 'Query.inspectionImport', 'GET /inspection-imports/:id/errors.csv'],
    cells: ['own uploads', '–', "incoming lots of its chain's suppliers; own uploads", '–', 'its own lots; own uploads'],
  },
  // The exports answer the rows of the query they follow, with the same cells.
  { operations: ['GET /exports/suppliers.xlsx'], label: '`GET /exports/suppliers.xlsx` (as `supplierScorecards`)', cells: ['all', 'chains it sees', 'own chain (every supplier)', 'same', 'its own row'] },
  { operations: ['GET /exports/lots.xlsx'], label: '`GET /exports/lots.xlsx` (as `inspectionLots`)', cells: ['all', '– (aggregates only)', "own chain's", 'same', 'its own'] },
  { operations: ['Query.samplingPlan'], cells: YES },
  { operations: ['Query.samplingState', 'Query.samplingStates'], cells: ['all', '–', "own chain's parts", 'same', 'its own parts'] },
  { operations: ['Mutation.approveReducedInspection', 'Mutation.endReducedInspection', 'Mutation.resumeInspection'], cells: ['–', '–', 'own chain', '–', '–'] },
  { operations: ['Mutation.setPassRatePolicy'], cells: ['any chain', '–', 'own chain', '–', '–'] },
  { operations: ['Mutation.acceptRecognisedCertificates'], cells: ['–', '–', 'own chain (admin, quality engineer)', '–', '–'], only: [ENTERPRISE_ADMIN, GateRole.QUALITY_ENGINEER] },
  { operations: ['Mutation.setChainProfileNaming'], cells: ['–', '–', 'own chain (admin)', '–', '–'], only: [ENTERPRISE_ADMIN] },
  { operations: ['Query.qualityProfile'], label: '`qualityProfile(enterpriseId)`', cells: ['–', '–', 'own enterprise', 'same', 'own enterprise'] },
  { operations: ['Query.profileShares', 'Mutation.createProfileShare', 'Mutation.revokeProfileShare'], cells: ['–', '–', 'own enterprise (admin)', '–', 'own enterprise (admin)'], only: [ENTERPRISE_ADMIN] },
  {
    operations: ['GET /verify/:file', 'POST /verify/:token/views/:viewId', 'GET /.well-known/chainq-signing-key'],
    label: '`GET /verify/<token>.json` (a live share\'s signed snapshot; rate-limited), `POST /verify/<token>/views/<viewId>` (the visitor names the visit it just made), `GET /.well-known/chainq-signing-key`',
    cells: PUBLIC,
  },
  { operations: ['Query.passRatePolicy'], cells: ['all', 'chains it sees', 'own chain', 'same', 'chains it supplies'] },
  { operations: ['Query.supplierScorecards'], cells: ['all', 'chains it sees', 'own chain (every supplier)', 'same', 'its own row'] },
  { operations: ['Query.clusterOverview', 'Query.regionOverview'], cells: ['all', 'clusters and regions it watches', '–', '–', '–'] },
  { operations: ['Query.subRegionFigures'], cells: ['all', 'regions it watches', '–', '–', '–'] },
  { operations: ['Query.enterprisePassRates'], label: '`enterprisePassRates` (over all its chains)', cells: ['all', 'enterprises in its regions or clusters (aggregates only)', '–', '–', '–'] },
  { operations: ['Mutation.requestProgramReport', 'Query.programReport', 'Query.programReports', 'GET /exports/program-reports/:id.xlsx'], label: '`requestProgramReport`, `programReport`, `programReports`, `GET /exports/program-reports/:id.xlsx`', cells: ['all, the whole country included', 'regions and clusters it watches; a programme when it watches all of its; not the whole country', '–', '–', '–'] },
  { operations: ['Query.pilotStanding'], cells: ['all', "a programme's regions and clusters it watches", '–', '–', '–'] },
  { operations: ['Query.programOutcomes'], cells: ['all, the whole country included', 'regions and clusters it watches; a programme when it watches all of its; not the whole country', '–', '–', '–'] },
  {
    operations: ['Query.clusterMembers', 'Query.clusterBuyerChains', 'Query.clusterStandardAdoption', 'GET /exports/cluster-members.xlsx'],
    label: '`clusterMembers`, `clusterBuyerChains`, `clusterStandardAdoption` (distributions it may see), `GET /exports/cluster-members.xlsx` (as `clusterMembers`)',
    cells: ['all', 'clusters it watches', '–', '–', '–'],
  },
  { operations: ['QualityIssue.lots'], label: '`QualityIssue.lots`', cells: ['all', '–', "own chain's lots", 'same', 'its own lots'] },
  { operations: ['Mutation.rebuildRollups'], cells: ADMIN_ONLY },
  { operations: ['POST /files'], cells: YES },
  {
    operations: ['GET /files/:id'],
    cells: [
      'all attached documents, and own uploads',
      "own office's uploads; documents of revisions and memberships it may see",
      "own uploads; documents of revisions it may see, and of its chain's 8D comments and qualifications",
      'same',
      'own uploads; documents of revisions sent to it, and of its own 8D comments and qualifications',
    ],
  },
  { operations: ['ALL /admin/queues'], label: '`/admin/queues`', cells: ADMIN_ONLY },
];
