import { Enterprise } from '@chainq/registry';

/**
 * What a relation shows of an enterprise whose record is not shared with the
 * caller (a supplier that has exited the chain, say): who it is (name, USCC,
 * industry, region), not its employees, revenue, size, certificates or
 * maturity. The record itself is shared by the registry's read scope.
 */
export type EnterpriseCard = Enterprise & { recordHidden: true };

export const enterpriseCard = (e: Enterprise): EnterpriseCard => ({
  ...e,
  employees: null,
  revenue10kCny: null,
  totalAssets10kCny: null,
  sizeClassComputed: null,
  sizeClassDeclared: null,
  sizeRulesVersion: null,
  recordHidden: true,
});

export const isRecordHidden = (e: object): boolean => (e as Partial<EnterpriseCard>).recordHidden === true;
