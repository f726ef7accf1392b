// Every migration, in order. Never edit one that has landed: add a new one.
import { Initial1795320984962 } from './1795320984962-initial';
import { Registry1795322392606 } from './1795322392606-registry';
import { LoadRegions1795322392607 } from './1795322392607-load-regions';
import { Standards1795324026173 } from './1795324026173-standards';
import { Quality1795324900010 } from './1795324900010-quality';
import { SharedDefectCodes1795324900011 } from './1795324900011-shared-defect-codes';
import { NotificationEmail1795325226931 } from './1795325226931-notification-email';
import { InspectionLots1795326660196 } from './1795326660196-inspection-lots';
import { InspectionImports1795329416584 } from './1795329416584-inspection-imports';
import { PassRatePolicies1795330939607 } from './1795330939607-pass-rate-policies';
import { SamplingSwitching1795331381495 } from './1795331381495-sampling-switching';
import { PairDaysFromDayTotals1795332000000 } from './1795332000000-pair-days-from-day-totals';
import { RollupsPerStage1795333000000 } from './1795333000000-rollups-per-stage';
import { SessionVersion1795334000002 } from './1795334000002-session-version';
import { EnterpriseClaims1795334000003 } from './1795334000003-enterprise-claims';
import { ImportHeartbeat1795334000005 } from './1795334000005-import-heartbeat';
import { CertificateExpiryClaim1795334000007 } from './1795334000007-certificate-expiry-claim';
import { RefreshTokens1795340000008 } from './1795340000008-refresh-tokens';
import { PasswordResetTokens1795340000009 } from './1795340000009-password-reset-tokens';
import { UserLanguageAndNotificationParams1795340000102 } from './1795340000102-user-language-and-notification-params';
import { DocumentAttachments1795340000201 } from './1795340000201-document-attachments';
import { LotDayDeltas1795340000301 } from './1795340000301-lot-day-deltas';
import { DefectCodeRetirement1795340000401 } from './1795340000401-defect-code-retirement';
import { ProgramReports1795340000501 } from './1795340000501-program-reports';
import { SamplingSwitchingHistory1795340000601 } from './1795340000601-sampling-switching-history';
import { ReducedEndReason1795340000602 } from './1795340000602-reduced-end-reason';
import { QualityProfileShares1795340000701 } from './1795340000701-quality-profile-shares';

export const MIGRATIONS = [
  Initial1795320984962,
  Registry1795322392606,
  LoadRegions1795322392607,
  Standards1795324026173,
  Quality1795324900010,
  SharedDefectCodes1795324900011,
  NotificationEmail1795325226931,
  InspectionLots1795326660196,
  InspectionImports1795329416584,
  PassRatePolicies1795330939607,
  SamplingSwitching1795331381495,
  PairDaysFromDayTotals1795332000000,
  RollupsPerStage1795333000000,
  SessionVersion1795334000002,
  EnterpriseClaims1795334000003,
  ImportHeartbeat1795334000005,
  CertificateExpiryClaim1795334000007,
  RefreshTokens1795340000008,
  PasswordResetTokens1795340000009,
  UserLanguageAndNotificationParams1795340000102,
  DocumentAttachments1795340000201,
  LotDayDeltas1795340000301,
  DefectCodeRetirement1795340000401,
  ProgramReports1795340000501,
  SamplingSwitchingHistory1795340000601,
  ReducedEndReason1795340000602,
  QualityProfileShares1795340000701,
];
