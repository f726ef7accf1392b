import { AnyNotificationContent } from '../notifications/notification-kind';
/**
 * Every queue and job name in one place, with its payload type.
 *
 * Renaming a value strands the jobs already queued (and outbox rows already
 * written) under the old name: add a new name and retire the old one once
 * its queue has drained.
 */
export enum QueueName {
  Notifications = 'notifications',
  Maintenance = 'maintenance',
  Standards = 'standards',
  Quality = 'quality',
  Rollups = 'rollups',
  Imports = 'imports',
  Insights = 'insights',
}

export enum JobName {
  SendNotification = 'notification.send',
  EmailNotification = 'notification.email',
  SendInvitation = 'registry.send-invitation',
  SendClaimRejection = 'registry.send-claim-rejection',
  SendPasswordReset = 'identity.send-password-reset',
  CheckCertificateExpiry = 'registry.check-certificate-expiry',
  PurgeExpiredRateLimits = 'maintenance.purge-rate-limits',
  PurgeUnattachedDocuments = 'maintenance.purge-unattached-documents',
  PurgeEndedSessions = 'maintenance.purge-ended-sessions',
  RequeueStaleImports = 'maintenance.requeue-stale-imports',
  MembershipActivated = 'registry.membership-activated',
  ClusterMembersAdded = 'registry.cluster-members-added',
  CheckStandardDeadlines = 'standards.check-deadlines',
  CheckActionClocks = 'quality.check-action-clocks',
  CheckActionEffectiveness = 'quality.check-effectiveness',
  RecomputeRollups = 'rollups.recompute',
  RebuildRollups = 'rollups.rebuild',
  ImportInspectionLots = 'imports.inspection-lots',
  CheckPassRateThresholds = 'insights.check-pass-rate-thresholds',
  BuildProgramReport = 'insights.build-program-report',
}

export type NotificationPayload = AnyNotificationContent & {
  recipientUserId: string;
  /** Same key, same notification: a retried or duplicated job delivers once. */
  dedupeKey: string;
};

/** Payloads carry ids and values, never whole entities. */
export interface JobPayloads {
  [JobName.SendNotification]: NotificationPayload;
  [JobName.EmailNotification]: { notificationId: string };
  [JobName.SendInvitation]: { invitationId: string };
  /** E-mails a rejected enterprise claim's reason to the claimant (who has no account). */
  [JobName.SendClaimRejection]: { claimId: string };
  /** E-mails a password-reset link; the token is recomputed from the id (never in the payload or the database). */
  [JobName.SendPasswordReset]: { resetTokenId: string };
  /** Daily. `now` (ISO instant) is the time it runs for, default the time it runs; "today" is that instant's China day. */
  [JobName.CheckCertificateExpiry]: { now?: string };
  [JobName.PurgeExpiredRateLimits]: Record<string, never>;
  [JobName.PurgeUnattachedDocuments]: Record<string, never>;
  [JobName.PurgeEndedSessions]: Record<string, never>;
  /** Imports left RUNNING by a worker that died (or QUEUED with their job lost) are queued again. */
  [JobName.RequeueStaleImports]: Record<string, never>;
  /** A membership became ACTIVE (approved or reinstated): standards sent to its audience reach it. */
  [JobName.MembershipActivated]: { membershipId: string };
  [JobName.ClusterMembersAdded]: { clusterId: string; enterpriseIds: string[] };
  /** Daily, like the certificate check: `now` is the time it runs for. */
  [JobName.CheckStandardDeadlines]: { now?: string };
  /** `now` (ISO) lets tests run the clock forward. */
  [JobName.CheckActionClocks]: { now?: string };
  [JobName.CheckActionEffectiveness]: { now?: string };
  /**
   * Applies the lot changes committed so far to the rollups. The payload says which suppliers' lots in a chain
   * changed and on which China days (for logs); the job applies every pending change, whoever wrote it.
   */
  [JobName.RecomputeRollups]: { chainId: string; supplierIds: string[]; days: string[] };
  [JobName.RebuildRollups]: Record<string, never>;
  [JobName.ImportInspectionLots]: { importId: string };
  /** One chain's suppliers after their rollups changed; without a chain, every chain with a policy (daily). `today` lets tests pick the window. */
  [JobName.CheckPassRateThresholds]: { chainId?: string; supplierIds?: string[]; today?: string };
  [JobName.BuildProgramReport]: { reportId: string };
}

export type JobOf<N extends JobName> = { name: N; data: JobPayloads[N] };
export type AnyJob = { [N in JobName]: JobOf<N> }[JobName];

export const JOB_QUEUE: Record<JobName, QueueName> = {
  [JobName.SendNotification]: QueueName.Notifications,
  [JobName.EmailNotification]: QueueName.Notifications,
  [JobName.SendInvitation]: QueueName.Notifications,
  [JobName.SendClaimRejection]: QueueName.Notifications,
  [JobName.SendPasswordReset]: QueueName.Notifications,
  [JobName.CheckCertificateExpiry]: QueueName.Maintenance,
  [JobName.PurgeExpiredRateLimits]: QueueName.Maintenance,
  [JobName.PurgeUnattachedDocuments]: QueueName.Maintenance,
  [JobName.PurgeEndedSessions]: QueueName.Maintenance,
  [JobName.RequeueStaleImports]: QueueName.Maintenance,
  [JobName.MembershipActivated]: QueueName.Standards,
  [JobName.ClusterMembersAdded]: QueueName.Standards,
  [JobName.CheckStandardDeadlines]: QueueName.Standards,
  [JobName.CheckActionClocks]: QueueName.Quality,
  [JobName.CheckActionEffectiveness]: QueueName.Quality,
  [JobName.RecomputeRollups]: QueueName.Rollups,
  [JobName.RebuildRollups]: QueueName.Rollups,
  [JobName.ImportInspectionLots]: QueueName.Imports,
  [JobName.CheckPassRateThresholds]: QueueName.Insights,
  [JobName.BuildProgramReport]: QueueName.Insights,
};

/** Repeating jobs; BullMQ job schedulers fire each once across all worker replicas. */
export const SCHEDULES: { id: string; job: JobName; repeat: { every: number } | { pattern: string; tz?: string } }[] = [
  { id: 'purge-rate-limits', job: JobName.PurgeExpiredRateLimits, repeat: { every: 60 * 60 * 1000 } },
  // Early morning China time, before people start work.
  { id: 'check-certificate-expiry', job: JobName.CheckCertificateExpiry, repeat: { pattern: '0 5 * * *', tz: 'Asia/Shanghai' } },
  { id: 'check-standard-deadlines', job: JobName.CheckStandardDeadlines, repeat: { pattern: '30 5 * * *', tz: 'Asia/Shanghai' } },
  { id: 'purge-unattached-documents', job: JobName.PurgeUnattachedDocuments, repeat: { every: 6 * 60 * 60 * 1000 } },
  // Ended sign-in sessions and expired password-reset links.
  { id: 'purge-ended-sessions', job: JobName.PurgeEndedSessions, repeat: { every: 6 * 60 * 60 * 1000 } },
  // Finds imports whose worker died (IMPORT_STALE_SECONDS without a heartbeat) and queues them again.
  { id: 'requeue-stale-imports', job: JobName.RequeueStaleImports, repeat: { every: 60 * 1000 } },
  { id: 'check-action-clocks', job: JobName.CheckActionClocks, repeat: { every: 15 * 60 * 1000 } },
  // The 30-day window moves every day: suppliers without new lots are judged too.
  { id: 'check-pass-rate-thresholds', job: JobName.CheckPassRateThresholds, repeat: { pattern: '15 6 * * *', tz: 'Asia/Shanghai' } },
  { id: 'check-action-effectiveness', job: JobName.CheckActionEffectiveness, repeat: { pattern: '0 6 * * *', tz: 'Asia/Shanghai' } },
];
