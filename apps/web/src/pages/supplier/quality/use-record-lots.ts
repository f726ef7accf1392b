import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import dayjs, { type Dayjs } from 'dayjs';
import type { FormInstance } from 'antd';
import { CHINA_TZ } from '../../../format/format';
import type { InspectionLotInput } from '../../../gql/graphql';
import { showFormProblems } from '../../../ui/form-problems';
import { useProblemText } from '../../../ui/problem-text';
import { rowErrorKey } from './lot-labels';
import { QualityRecordLotsDocument } from './quality-documents';

/** Now as China wall-clock time, to the minute: the picker shows and sends China time whatever the browser's zone. */
export const chinaNow = (): Dayjs => dayjs(new Intl.DateTimeFormat('sv-SE', { timeZone: CHINA_TZ, dateStyle: 'short', timeStyle: 'short' }).format(new Date()));

/** A picked China wall-clock time as the instant the API takes. */
export const chinaInstant = (picked: Dayjs): string => new Date(`${picked.format('YYYY-MM-DDTHH:mm')}:00+08:00`).toISOString();

/**
 * Saving a grid of lots (all or none): problems the API names by field land
 * next to that cell of the form's `rows` list, the rest above the form;
 * after a save the grid starts again from one fresh row.
 */
export function useRecordLots<Row>(options: {
  form: FormInstance<{ rows: Row[] }>;
  /** The row fields the grid shows, so a refused one is marked in place. */
  fields: ReadonlySet<string>;
  fresh: () => Row;
  onRecorded: () => void;
  /** The explanation key (under `rowError`) of a refused field; by default the field's own. */
  errorKey?: (field: string) => string;
}) {
  const { form, fields, fresh, onRecorded, errorKey = rowErrorKey } = options;
  const { t } = useTranslation('quality');
  const describe = useProblemText();
  const [{ fetching }, record] = useMutation(QualityRecordLotsDocument);
  const [problems, setProblems] = useState<string[]>([]);
  const [saved, setSaved] = useState<string | null>(null);

  const save = async (lots: InspectionLotInput[]) => {
    setProblems([]);
    setSaved(null);
    const result = await record({ input: { lots } });
    if (result.error) {
      const rest = showFormProblems(form, result.error, describe, (field) => {
        const m = /lots\.(\d+)\.(\w+)/.exec(field);
        return m ? ['rows', Number(m[1]), m[2]] : undefined;
      });
      setProblems(rest.map(describe));
      return;
    }
    const answer = result.data!.recordInspectionLots;
    if (answer.errors.length) {
      const marked: { name: ['rows', number, string]; errors: string[] }[] = [];
      const others: string[] = [];
      for (const e of answer.errors) {
        const name = rowErrorKey(e.field);
        const text = t(`rowError.${errorKey(e.field)}`, { defaultValue: t('rowError.other') });
        if (fields.has(name)) marked.push({ name: ['rows', e.index, name], errors: [text] });
        else others.push(t('record.rowProblem', { n: e.index + 1, text }));
      }
      form.setFields(marked as Parameters<typeof form.setFields>[0]);
      if (marked.length) form.scrollToField(marked[0].name, { block: 'center' });
      setProblems([t('record.notSaved'), ...others]);
      return;
    }
    setSaved(answer.duplicates ? t('record.savedDuplicates', { inserted: answer.inserted, duplicates: answer.duplicates }) : t('record.saved', { inserted: answer.inserted }));
    form.setFieldsValue({ rows: [fresh()] } as Parameters<typeof form.setFieldsValue>[0]);
    onRecorded();
  };

  return { fetching, problems, saved, clearSaved: () => setSaved(null), save };
}
