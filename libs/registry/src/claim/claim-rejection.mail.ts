import { Language } from '@chainq/identity';
import { MailTemplates } from '@chainq/notifications';

export interface ClaimRejectionMailParams {
  enterprise: string;
  leader: string;
  chain: string;
  reason: string;
}

/** The claimant has no account, so no language is known: it is sent in both (Chinese first). */
export const CLAIM_REJECTION_MAIL: MailTemplates<ClaimRejectionMailParams> = {
  [Language.ZH_CN]: ({ enterprise, leader, chain, reason }) => ({
    subject: `您在 ChainQ 上管理 ${enterprise} 的申请未被确认`,
    text: [`原因：${reason}`, `未开通账户。${leader} 邀请加入“${chain}”的邀请仍可由 ${enterprise} 的管理员接受。`].join('\n\n'),
  }),
  [Language.EN]: ({ enterprise, leader, chain, reason }) => ({
    subject: `Your claim to administer ${enterprise} on ChainQ was not confirmed`,
    text: [`Reason: ${reason}`, `No account was opened. ${leader}'s invitation to "${chain}" can still be accepted by ${enterprise}'s admin.`].join('\n\n'),
  }),
};
