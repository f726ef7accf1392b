import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../format/format';
import type { EightDStep } from '../../../gql/graphql';
import './step-report.css';

type Content = Record<string, unknown>;
type Row = Record<string, unknown>;

const text = (value: unknown): string => (value === null || value === undefined || value === '' ? '—' : String(value));
const rows = (value: unknown): Row[] => (Array.isArray(value) ? (value as Row[]) : []);

/** One 8D step's content as print reads it: labelled lines and small tables, in the words of the supplier's forms. */
export function StepReport({ step, content }: { step: EightDStep; content: Content | null | undefined }) {
  const { t } = useTranslation('actions');
  const format = useFormat();
  const c = content ?? {};
  const label = (key: string) => t(`form.${key}.label`);
  const line = (key: string, value: unknown) => (
    <div className="report-line" key={key}>
      <span className="report-label">{label(key)}：</span>
      {text(value)}
    </div>
  );
  const table = (columns: { key: string; title: string; render?: (row: Row) => string }[], data: Row[]) =>
    data.length ? (
      <table className="report-table">
        <thead>
          <tr>
            {columns.map((col) => (
              <th key={col.key}>{col.title}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.map((row, i) => (
            <tr key={i}>
              {columns.map((col) => (
                <td key={col.key}>{col.render ? col.render(row) : text(row[col.key])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    ) : (
      <div className="report-line">—</div>
    );
  const actions = (withValidation: boolean) =>
    table(
      [
        { key: 'description', title: label('action.description') },
        { key: 'owner', title: label('action.owner') },
        { key: 'dueOn', title: label('action.dueOn'), render: (r) => (r.dueOn ? format.date(String(r.dueOn)) : '—') },
        ...(withValidation ? [{ key: 'validated', title: label('action.validated'), render: (r: Row) => (r.validated ? '✓' : '—') }] : []),
      ],
      rows(c.actions),
    );

  switch (step) {
    case 'D1':
      return table([{ key: 'name', title: label('member.name') }, { key: 'role', title: label('member.role') }], rows(c.team));
    case 'D2':
      return (
        <>
          {(['what', 'where', 'when', 'who', 'why', 'how', 'howMany'] as const).map((k) => line(`d2.${k}`, c[k]))}
          {table(
            [
              { key: 'aspect', title: label('comparison.aspect') },
              { key: 'is', title: label('comparison.is') },
              { key: 'isNot', title: label('comparison.isNot') },
            ],
            rows(c.isIsNot),
          )}
        </>
      );
    case 'D3':
      return table(
        [
          { key: 'place', title: '' },
          { key: 'quantity', title: label('d3.quantity') },
          { key: 'action', title: label('d3.action') },
        ],
        (['atCustomer', 'atSupplier', 'inTransit'] as const).map((place) => ({ place: label(`d3.${place}`), ...((c[place] as Row) ?? {}) })),
      );
    case 'D4':
      return (
        <>
          {(['occurrence', 'escape'] as const).map((kind) => {
            const chain = (c[kind] as { whys?: string[]; rootCause?: string }) ?? {};
            return (
              <div key={kind} className="report-block">
                <div className="report-subtitle">{label(`d4.${kind}`)}</div>
                <ol className="report-whys">
                  {(chain.whys ?? []).filter(Boolean).map((why, i) => (
                    <li key={i}>{why}</li>
                  ))}
                </ol>
                {line('d4.rootCause', chain.rootCause)}
              </div>
            );
          })}
        </>
      );
    case 'D5':
      return (
        <>
          {actions(false)}
          {line('d5.verification', c.verification)}
        </>
      );
    case 'D6':
      return (
        <>
          {actions(true)}
          {line('d6.validation', c.validation)}
        </>
      );
    case 'D7':
      return (
        <>
          <div className="report-subtitle">{t('form.document.group')}</div>
          <ul className="report-list">
            {(Array.isArray(c.documentsUpdated) ? (c.documentsUpdated as string[]) : []).filter(Boolean).map((d, i) => (
              <li key={i}>{d}</li>
            ))}
          </ul>
          {line('d7.controls', c.controls)}
        </>
      );
  }
}
