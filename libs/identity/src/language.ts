/** The languages ChainQ speaks; zh-CN first. Stored as the value in users.language. */
export enum Language {
  ZH_CN = 'zh-CN',
  EN = 'en',
}

export const DEFAULT_LANGUAGE = Language.ZH_CN;
