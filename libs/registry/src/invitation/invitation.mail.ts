import { Language } from '@chainq/identity';
import { MailTemplates } from '@chainq/notifications';

export interface InvitationMailParams {
  leader: string;
  chain: string;
  /** The web app's invitation page with the token. */
  link: string;
  token: string;
  /** China day, YYYY-MM-DD. */
  validUntil: string;
}

/** The invitee has no account yet, so no language is known: it is sent in both (Chinese first). */
export const INVITATION_MAIL: MailTemplates<InvitationMailParams> = {
  [Language.ZH_CN]: ({ leader, chain, link, token, validUntil }) => ({
    subject: `${leader} 邀请您加入其在 ChainQ 上的产业链`,
    text: [
      `${leader} 邀请贵企业加入 ChainQ 上的产业链“${chain}”，共享标准、质量问题和检验结果。`,
      `请打开下面的链接接受邀请（有效期至 ${validUntil}）：`,
      link,
      `也可以用 acceptInvitation 操作和下面的邀请码接受邀请：`,
      token,
    ].join('\n\n'),
  }),
  [Language.EN]: ({ leader, chain, link, token, validUntil }) => ({
    subject: `${leader} invites you to its supply chain on ChainQ`,
    text: [
      `${leader} invites your company to join "${chain}" on ChainQ, to share standards, quality issues and results.`,
      `Open this link to accept (valid until ${validUntil}):`,
      link,
      `Or accept with the acceptInvitation operation and this token:`,
      token,
    ].join('\n\n'),
  }),
};
