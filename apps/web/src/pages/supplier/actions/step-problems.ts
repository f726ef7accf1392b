import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../../../api/api-problem';
import { useProblemText } from '../../../ui/problem-text';

/**
 * The API names the field at fault as a path into the step's content
 * (`content.team.0.name`, `content.atCustomer.quantity`); the step forms use
 * the same shape, so the form's name path is that path without `content`.
 */
export function fieldOf(apiField: string): (string | number)[] | undefined {
  const parts = apiField.replace(/\[(\d+)\]/g, '.$1').split('.');
  if (parts[0] !== 'content' || parts.length < 2) return undefined;
  return parts.slice(1).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/** `content.team.0.name` → `team.name`: the key of the field's explanation, whatever the row. */
export const problemKeyOf = (apiField: string): string =>
  (fieldOf(apiField) ?? [])
    .filter((p) => typeof p === 'string')
    .join('_');

/**
 * A step problem in the user's words. A rejected step names one field; the
 * explanation says what that field needs (the API's own message is English
 * and never shown). Other problems read as the shared error texts.
 */
export function useStepProblemText(): (p: ApiProblem) => string {
  const { t } = useTranslation('actions');
  const generic = useProblemText();
  return (p) => {
    if (p.code === 'BAD_USER_INPUT' && p.field?.startsWith('content')) return t(`problem.${problemKeyOf(p.field) || 'content'}`, { defaultValue: t('problem.generic') });
    if (p.code === 'CONFLICT' && typeof p.details.rule === 'string') return t(`problem.rule_${p.details.rule}`, { defaultValue: generic(p) });
    return generic(p);
  };
}
