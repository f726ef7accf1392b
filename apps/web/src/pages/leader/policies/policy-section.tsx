import { Alert, Button, Typography, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { PassRatePolicyInput } from '../../../gql/graphql';
import { showFormProblems } from '../../../ui/form-problems';
import { useProblemText } from '../../../ui/problem-text';
import { LeaderSetPassRatePolicyDocument } from './policy-documents';

/** Where the API's field path points in a section's form; undefined: show the problem above the form. */
export type FieldOf = (apiField: string) => (string | number)[] | undefined;

/**
 * Saves one section's part of the pass-rate policy (the API keeps the fields
 * it is not sent), puts refused values next to their fields, and says so
 * when it is saved; the form keeps what was typed either way.
 */
export function usePolicySave(form: FormInstance, chainId: string, fieldOf: FieldOf, onSaved: () => void) {
  const describe = useProblemText();
  const [{ fetching }, setPolicy] = useMutation(LeaderSetPassRatePolicyDocument);
  const [saved, setSaved] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const save = async (input: Omit<PassRatePolicyInput, 'chainId'>) => {
    setSaved(false);
    setProblems([]);
    const result = await setPolicy({ input: { chainId, ...input } });
    if (result.data?.setPassRatePolicy) {
      setSaved(true);
      onSaved();
      return;
    }
    setProblems(showFormProblems(form, result.error, describe, fieldOf).map(describe));
  };
  return { fetching, saved, problems, save, edited: () => setSaved(false) };
}

/** One policy: a heading, what it decides, the form, and the outcome of the last save. */
export function PolicySection({
  id,
  title,
  intro,
  saved,
  problems,
  children,
}: {
  id: string;
  title: string;
  intro: ReactNode;
  /** The success text, when the last save went through. */
  saved: string | null;
  problems: string[];
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className="policy-section">
      <Typography.Title level={2} id={`${id}-heading`} className="policy-title">
        {title}
      </Typography.Title>
      <div className="policy-intro">{intro}</div>
      {saved && <Alert type="success" showIcon role="status" title={saved} className="form-alert" />}
      {problems.length > 0 && <Alert type="error" showIcon role="alert" title={problems.join(' ')} className="form-alert" />}
      {children}
    </section>
  );
}

/** The section's save button, only for those who may change the policy. */
export function SaveButton({ mayAct, fetching }: { mayAct: boolean; fetching: boolean }) {
  const { t } = useTranslation('leader-policies');
  if (!mayAct) return null;
  return (
    <Button type="primary" htmlType="submit" loading={fetching} className="policy-save">
      {t('save')}
    </Button>
  );
}
