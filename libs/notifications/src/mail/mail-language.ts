import { Language } from '@chainq/identity';

export interface MailText {
  subject: string;
  text: string;
}

/** One mail kind's wording in every language: a function of the values it needs. */
export type MailTemplates<P> = Record<Language, (params: P) => MailText>;

/** The mail in the recipient's language (a known user's choice). */
export const mailIn = <P>(templates: MailTemplates<P>, language: Language, params: P): MailText => templates[language](params);

/**
 * For someone without an account (no language known): every language,
 * Chinese first, in one mail.
 */
export function mailInEvery<P>(templates: MailTemplates<P>, params: P): MailText {
  const mails = [Language.ZH_CN, Language.EN].map((language) => templates[language](params));
  return { subject: mails.map((m) => m.subject).join(' / '), text: mails.map((m) => m.text).join('\n\n————————\n\n') };
}
