import { NotificationKind as K } from '@chainq/core';
import { Language } from '@chainq/identity';

export interface NotificationText {
  title: string;
  body: string;
}

/**
 * What each notification says, per language, with i18next-style `{{param}}`
 * placeholders filled from the notification's params. The source of the
 * e-mail copies and of the web app's locales/<language>/notifications.json
 * (written by `npm run cli -- print-notification-locales`; a unit test fails
 * when they differ). Wording follows the glossary in the web app's docs.
 */
export const NOTIFICATION_TEXTS: Record<Language, Record<K, NotificationText>> = {
  [Language.ZH_CN]: {
    [K.WELCOME]: { title: '欢迎使用 ChainQ，{{displayName}}', body: '您已加入 {{organisation}}。您的角色：{{roles}}。' },
    [K.CORRECTIVE_ACTION_REQUESTED]: {
      title: '{{chain}} 要求您提交纠正措施（8D）：{{issueTitle}}',
      body: '缺陷代码 {{defectCode}}，严重程度 {{severity}}。请在 {{containmentHours}} 小时内完成 D3 临时围堵措施。',
    },
    [K.STEP_SUBMITTED]: { title: '{{supplier}} 已提交 {{step}}，请审核', body: '质量问题：{{issueTitle}}' },
    [K.STEP_APPROVED]: { title: '{{step}} 已批准', body: '质量问题：{{issueTitle}}。{{comment}}' },
    [K.STEP_REJECTED]: { title: '{{step}} 被退回，请修改', body: '质量问题：{{issueTitle}}。退回意见：{{comment}}' },
    [K.ACTION_REOPENED]: { title: '纠正措施（8D）已重新打开：{{issueTitle}}', body: '原因：{{reason}}。D4 到 D7 需要重新填写。' },
    [K.CORRECTIVE_ACTION_OVERDUE]: {
      title: '纠正措施（8D）已逾期（第 {{level}} 级升级）：{{issueTitle}}',
      body: '逾期步骤：{{steps}}。请尽快提交。',
    },
    [K.SAMPLING_DISCONTINUED]: {
      title: '{{leader}} 已暂停对 {{supplier}} 零件 {{partNumber}} 的进货检验',
      body: '加严检验下累计 {{rejectedLots}} 批被拒收（GB/T 2828.1 转移规则）。采取纠正措施后才能恢复检验，恢复后从加严检验开始。',
    },
    [K.SAMPLING_TIGHTENED]: { title: '{{supplier}} 零件 {{partNumber}} 转为加严检验', body: '批次 {{lotNumber}} 是连续 5 批中第 2 批被拒收的，下一批起按加严检验抽样（GB/T 2828.1 转移规则）。' },
    [K.SAMPLING_RELAXED]: { title: '{{supplier}} 零件 {{partNumber}} 转回正常检验', body: '批次 {{lotNumber}} 是加严检验下连续第 5 批接收，下一批起按正常检验抽样。' },
    [K.SAMPLING_REDUCED]: { title: '{{supplier}} 零件 {{partNumber}} 转为放宽检验', body: '放宽检验已批准，批次 {{lotNumber}} 接收后生效，下一批起按放宽检验抽样。' },
    [K.SAMPLING_REDUCED_ENDED]: { title: '{{supplier}} 零件 {{partNumber}} 由放宽检验转回正常检验', body: '批次 {{lotNumber}} 在放宽检验下被拒收。零件再次达到条件后可重新批准放宽检验。' },
    [K.STANDARD_TO_ACKNOWLEDGE]: {
      title: '请签收标准 {{standardNumber}} {{standardTitle}}（版本 {{revision}}），截止 {{dueOn}}',
      body: '本次变更：{{changeSummary}}',
    },
    [K.STANDARD_DUE_SOON]: { title: '标准 {{standardNumber}}（版本 {{revision}}）将于 {{dueOn}} 到期', body: '请签收或采标，或提交偏离申请。' },
    [K.STANDARD_OVERDUE]: { title: '标准 {{standardNumber}}（版本 {{revision}}）已逾期（截止 {{dueOn}}）', body: '已通知您的客户，请尽快签收。' },
    [K.STANDARD_OVERDUE_RECIPIENT]: {
      title: '{{recipient}} 未按时签收标准 {{standardNumber}}（版本 {{revision}}，截止 {{dueOn}}）',
      body: '该供应商尚未答复。',
    },
    [K.STANDARD_DEVIATION_REQUESTED]: { title: '{{supplier}} 对标准 {{standardNumber}} 提交了偏离申请', body: '理由：{{reason}}' },
    [K.STANDARD_DEVIATION_ACCEPTED]: { title: '标准 {{standardNumber}}：您的偏离申请已批准', body: '{{comment}}' },
    [K.STANDARD_DEVIATION_REJECTED]: { title: '标准 {{standardNumber}}：您的偏离申请未获批准', body: '{{comment}}' },
    [K.CERTIFICATE_EXPIRING]: {
      title: '{{scheme}} 证书 {{certificateNumber}} 还有 {{daysLeft}} 天到期',
      body: '证书将于 {{expiresOn}} 失效。请尽早安排再认证审核，以免您供货的产业链不再认可该证书。',
    },
    [K.ENTERPRISE_CLAIM_PENDING]: {
      title: '{{claimant}} <{{email}}> 申请管理 {{enterprise}}',
      body: '通过 {{leader}} 邀请加入“{{chain}}”。{{enterprise}}（统一社会信用代码 {{uscc}}，{{region}}）在 ChainQ 上还没有管理员。请确认申请人确实代表该企业后再批准。',
    },
    [K.ENTERPRISE_CLAIM_CONFIRMED]: {
      title: '您管理 {{enterprise}} 的申请已确认',
      body: '请用 {{email}} 和您设置的密码登录。您是该企业的管理员，可以提交资质审核。',
    },
    [K.QUALIFICATION_SUBMITTED]: { title: '{{supplier}} 提交了 {{chain}} 的资质审核', body: '请审核：批准该供应商，或退回并说明原因。' },
    [K.QUALIFICATION_APPROVED]: { title: '资质审核已批准：您已成为 {{chain}} 的正式供应商', body: '欢迎加入。' },
    [K.QUALIFICATION_RETURNED]: { title: '{{chain}} 退回了您的资质审核', body: '退回原因：{{reasons}}' },
    [K.INVITATION_ACCEPTED]: { title: '{{supplier}} 已接受邀请，加入 {{chain}}', body: '对方现在可以提交资质审核。' },
    [K.MEMBERSHIP_SUSPENDED]: { title: '{{chain}}：您的供应商资格已暂停', body: '原因：{{reason}}' },
    [K.MEMBERSHIP_ACTIVE]: { title: '{{chain}}：您的供应商资格已恢复', body: '{{reason}}' },
    [K.INSPECTION_IMPORT_FINISHED]: {
      title: '{{fileName}} 导入完成',
      body: '新增 {{inserted}} 个检验批，{{duplicates}} 个已存在，{{invalid}} 行被拒收。',
    },
    [K.INSPECTION_IMPORT_FAILED]: {
      title: '{{fileName}} 导入中止',
      body: '{{error}}。中止前：新增 {{inserted}} 个检验批，{{duplicates}} 个已存在，{{invalid}} 行被拒收。',
    },
  },
  [Language.EN]: {
    [K.WELCOME]: { title: 'Welcome to ChainQ, {{displayName}}', body: 'You have been added to {{organisation}}. Your roles: {{roles}}.' },
    [K.CORRECTIVE_ACTION_REQUESTED]: {
      title: '{{chain}} asks for an 8D: {{issueTitle}}',
      body: 'Defect {{defectCode}}, {{severity}}. Containment is due within {{containmentHours}} h.',
    },
    [K.STEP_SUBMITTED]: { title: '{{supplier}} submitted {{step}} for review', body: 'Quality issue: {{issueTitle}}' },
    [K.STEP_APPROVED]: { title: '{{step}} approved', body: 'Quality issue: {{issueTitle}}. {{comment}}' },
    [K.STEP_REJECTED]: { title: '{{step}} sent back', body: 'Quality issue: {{issueTitle}}. Comment: {{comment}}' },
    [K.ACTION_REOPENED]: { title: 'A corrective action was reopened: {{issueTitle}}', body: 'Reason: {{reason}}. Steps D4 to D7 must be redone.' },
    [K.CORRECTIVE_ACTION_OVERDUE]: { title: '8D overdue (escalation level {{level}}), {{issueTitle}}', body: 'Late steps: {{steps}}. Submit them now.' },
    [K.SAMPLING_DISCONTINUED]: {
      title: '{{leader}} has discontinued incoming inspection of part {{partNumber}} from {{supplier}}',
      body: '{{rejectedLots}} lots were rejected under tightened inspection (GB/T 2828.1 switching rules). Inspection resumes, at tightened, only after corrective action.',
    },
    [K.SAMPLING_TIGHTENED]: {
      title: 'Incoming inspection of part {{partNumber}} from {{supplier}} is now tightened',
      body: 'Lot {{lotNumber}} was the second of 5 or fewer consecutive lots rejected; the next lots are sampled on the tightened plan (GB/T 2828.1 switching rules).',
    },
    [K.SAMPLING_RELAXED]: {
      title: 'Incoming inspection of part {{partNumber}} from {{supplier}} is back to normal',
      body: 'Lot {{lotNumber}} was the fifth in a row accepted under tightened inspection; the next lots are sampled on the normal plan.',
    },
    [K.SAMPLING_REDUCED]: {
      title: 'Incoming inspection of part {{partNumber}} from {{supplier}} is now reduced',
      body: 'Reduced inspection was approved and took effect with accepted lot {{lotNumber}}; the next lots are sampled on the reduced plan.',
    },
    [K.SAMPLING_REDUCED_ENDED]: {
      title: 'Incoming inspection of part {{partNumber}} from {{supplier}} is back to normal from reduced',
      body: 'Lot {{lotNumber}} was rejected under reduced inspection. Reduced inspection may be approved again once the part earns it.',
    },
    [K.STANDARD_TO_ACKNOWLEDGE]: {
      title: '{{standardNumber}} {{standardTitle}}, revision {{revision}}: acknowledge by {{dueOn}}',
      body: 'What changed: {{changeSummary}}',
    },
    [K.STANDARD_DUE_SOON]: { title: '{{standardNumber}} revision {{revision}} is due on {{dueOn}}', body: 'Acknowledge or adopt it, or ask for a deviation.' },
    [K.STANDARD_OVERDUE]: { title: '{{standardNumber}} revision {{revision}} is overdue (due {{dueOn}})', body: 'Your customer has been told.' },
    [K.STANDARD_OVERDUE_RECIPIENT]: {
      title: '{{recipient}} has not answered {{standardNumber}} revision {{revision}} (due {{dueOn}})',
      body: 'A recipient has not answered in time.',
    },
    [K.STANDARD_DEVIATION_REQUESTED]: { title: '{{supplier}} asks to deviate from {{standardNumber}}', body: 'Reason: {{reason}}' },
    [K.STANDARD_DEVIATION_ACCEPTED]: { title: '{{standardNumber}}: your deviation was accepted', body: '{{comment}}' },
    [K.STANDARD_DEVIATION_REJECTED]: { title: '{{standardNumber}}: your deviation was rejected', body: '{{comment}}' },
    [K.CERTIFICATE_EXPIRING]: {
      title: '{{scheme}} certificate {{certificateNumber}} expires in {{daysLeft}} days',
      body: 'It lapses on {{expiresOn}}. Book the recertification audit so chains you supply keep recognising it.',
    },
    [K.ENTERPRISE_CLAIM_PENDING]: {
      title: '{{claimant}} <{{email}}> claims {{enterprise}}',
      body: 'Through {{leader}}\'s invitation to "{{chain}}". {{enterprise}} (USCC {{uscc}}, {{region}}) has no admin on ChainQ. Confirm only once you know the claimant speaks for it.',
    },
    [K.ENTERPRISE_CLAIM_CONFIRMED]: {
      title: 'Your claim to administer {{enterprise}} is confirmed',
      body: 'Sign in as {{email}} with the password you chose. You are its enterprise admin and can submit its qualification.',
    },
    [K.QUALIFICATION_SUBMITTED]: { title: '{{supplier}} submitted its qualification for {{chain}}', body: 'Review it and approve the supplier or return the qualification with reasons.' },
    [K.QUALIFICATION_APPROVED]: { title: 'You are now an active supplier in {{chain}}', body: 'Welcome aboard.' },
    [K.QUALIFICATION_RETURNED]: { title: '{{chain}} returned your qualification', body: 'Reasons: {{reasons}}' },
    [K.INVITATION_ACCEPTED]: { title: '{{supplier}} accepted your invitation to {{chain}}', body: 'They can now submit their qualification.' },
    [K.MEMBERSHIP_SUSPENDED]: { title: '{{chain}}: your membership is suspended', body: 'Reason: {{reason}}' },
    [K.MEMBERSHIP_ACTIVE]: { title: '{{chain}}: your membership is active again', body: '{{reason}}' },
    [K.INSPECTION_IMPORT_FINISHED]: { title: 'Import of {{fileName}} finished', body: '{{inserted}} lots added, {{duplicates}} already recorded, {{invalid}} rows refused.' },
    [K.INSPECTION_IMPORT_FAILED]: {
      title: 'Import of {{fileName}} stopped',
      body: '{{error}}. {{inserted}} lots added, {{duplicates}} already recorded, {{invalid}} rows refused before that.',
    },
  },
};

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/** The `{{key}}` names a text interpolates. */
export const placeholdersOf = (text: string): string[] => [...text.matchAll(PLACEHOLDER)].map((m) => m[1]);

/** Fills `{{key}}` from params; a missing value leaves an empty string (as i18next does with missing keys skipped). */
export const interpolate = (text: string, params: Record<string, unknown>): string =>
  text.replace(PLACEHOLDER, (_, key: string) => (params[key] === undefined || params[key] === null ? '' : String(params[key])));

/** A notification's title and body in `language`, or null for a kind this table does not know (rows older than it). */
export function renderNotification(kind: string, params: Record<string, unknown>, language: Language): NotificationText | null {
  const text = NOTIFICATION_TEXTS[language]?.[kind as K];
  return text ? { title: interpolate(text.title, params), body: interpolate(text.body, params) } : null;
}

/** Where the web app keeps its notification translations, from the repository root. */
export const NOTIFICATION_LOCALE_FILES: Record<Language, string> = {
  [Language.ZH_CN]: 'apps/web/src/i18n/locales/zh-CN/notifications.json',
  [Language.EN]: 'apps/web/src/i18n/locales/en/notifications.json',
};

/** The web app's locales/<language>/notifications.json: `{ KIND: { title, body } }`. */
export const notificationLocale = (language: Language): string => `${JSON.stringify(NOTIFICATION_TEXTS[language], null, 2)}\n`;
