import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../api/api-problem';

/**
 * A problem in the user's language: the text for its reason when there is
 * one, else the text for its code. The English message is never shown.
 */
export function useProblemText(): (problem: ApiProblem) => string {
  const { t } = useTranslation();
  return (problem) => {
    const values = { ...problem.details, field: problem.field ? t(`fields.${fieldName(problem.field)}`, { ns: 'common', defaultValue: '' }) : '' };
    const byCode = t(`errors.${problem.code}`, { ns: 'common', defaultValue: t('errors.INTERNAL_SERVER_ERROR', { ns: 'common' }), ...values });
    return problem.reason ? t(problem.reason, { ns: 'reasons', defaultValue: byCode, ...values }) : byCode;
  };
}

/** `input.content.rootCauses[2].why` → `why`: field labels are kept by their own name. */
export function fieldName(path: string): string {
  return path.replace(/\[\d+\]/g, '').split('.').pop() ?? path;
}
