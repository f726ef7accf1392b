import { useTranslation } from 'react-i18next';

/**
 * A defect code's name in the reader's language. The shared list is stored in
 * English (its migration); its Chinese names are in the `defect-codes`
 * namespace. A chain's own codes are shown as the chain entered them.
 */
export function useDefectName(): (code: string, name: string | null | undefined) => string {
  const { t } = useTranslation('defect-codes');
  return (code, name) => t(code, { defaultValue: name ?? '' });
}
