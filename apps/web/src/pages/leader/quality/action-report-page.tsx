import { PrinterOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { useFormat } from '../../../format/format';
import { graphql } from '../../../gql';
import type { LeaderActionReportQuery } from '../../../gql/graphql';
import { QueryState } from '../../../ui/page-states';
import { RequireWorkspace } from '../../workspace-guard';
import { StepReport } from './step-report';
import './action-report.css';

const ReportDocument = graphql(`
  query LeaderActionReport($id: ID!) {
    correctiveAction(id: $id) {
      id
      status
      requestedAt
      closedAt
      effectivenessDueAt
      chainId
      supplier {
        id
        name
        uscc
      }
      issue {
        id
        title
        description
        defectCode
        severity
        source
        detectedAt
      }
      steps {
        id
        step
        status
        content
        submittedAt
        reviewedAt
        reviewComment
      }
      timeline {
        id
        type
        at
        actorName
        after
        documents {
          id
          fileName
        }
      }
    }
  }
`);

type Action = LeaderActionReportQuery['correctiveAction'];
const SIGNATURES = ['prepared', 'reviewedBy', 'approved'] as const;

/** A corrective action as an 8D report on A4: the problem, every step, the evidence, the timeline and a block for signatures. Prints from the browser. */
export function ActionReportPage() {
  const { actionId = '' } = useParams();
  const [result, reexecute] = useQuery({ query: ReportDocument, variables: { id: actionId } });
  return (
    <RequireWorkspace workspace="leader">
      <QueryState result={result} onRetry={() => reexecute({ requestPolicy: 'network-only' })} rows={14}>
        {(data) => <Report action={data.correctiveAction} />}
      </QueryState>
    </RequireWorkspace>
  );
}

function Report({ action }: { action: Action }) {
  const { t } = useTranslation(['leader-quality', 'actions']);
  const format = useFormat();
  const steps = [...action.steps].sort((a, b) => a.step.localeCompare(b.step));
  const evidence = action.timeline.flatMap((e) => e.documents.map((d) => ({ ...d, at: e.at, by: e.actorName })));
  return (
    <article className="report-page" aria-labelledby="report-title">
      <div className="report-toolbar">
        <Link to={`/leader/actions/${action.id}`}>{t('report8d.back')}</Link>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('report8d.print')}
        </Button>
      </div>
      <header className="report-head">
        <Typography.Title level={1} id="report-title" className="report-title">
          {t('report8d.title')}
        </Typography.Title>
        <table className="report-table report-facts">
          <tbody>
            <tr>
              <th>{t('report8d.issue')}</th>
              <td colSpan={3}>{action.issue.title}</td>
            </tr>
            <tr>
              <th>{t('report8d.supplier')}</th>
              <td>{action.supplier.name}</td>
              <th>{t('report8d.uscc')}</th>
              <td>{action.supplier.uscc}</td>
            </tr>
            <tr>
              <th>{t('detail.defect', { ns: 'actions' })}</th>
              <td>{action.issue.defectCode}</td>
              <th>{t('columns.severity', { ns: 'actions' })}</th>
              <td>{t(`severity.${action.issue.severity}`, { ns: 'actions' })}</td>
            </tr>
            <tr>
              <th>{t('detail.detected', { ns: 'actions' })}</th>
              <td>{format.dateTime(action.issue.detectedAt)}</td>
              <th>{t('detail.requested', { ns: 'actions' })}</th>
              <td>{format.dateTime(action.requestedAt)}</td>
            </tr>
            <tr>
              <th>{t('report8d.status')}</th>
              <td>{t(`status.${action.status}`, { ns: 'actions' })}</td>
              <th>{t('report8d.closedAt')}</th>
              <td>{action.closedAt ? format.dateTime(action.closedAt) : '—'}</td>
            </tr>
          </tbody>
        </table>
        {action.issue.description && <p className="report-description">{action.issue.description}</p>}
      </header>
      {steps.map((s) => (
        <section key={s.id} className="report-step" aria-labelledby={`report-${s.step}`}>
          <h2 id={`report-${s.step}`}>
            {t(`step.${s.step}`, { ns: 'actions' })} <span className="report-status">· {t(`stepStatus.${s.status}`, { ns: 'actions' })}</span>
          </h2>
          <StepReport step={s.step} content={s.content as Record<string, unknown> | null} />
          {(s.submittedAt || s.reviewedAt) && (
            <div className="report-meta">
              {s.submittedAt && t('report8d.submitted', { date: format.dateTime(s.submittedAt) })}
              {s.reviewedAt && ` · ${t('report8d.reviewed', { date: format.dateTime(s.reviewedAt) })}${s.reviewComment ? `：${s.reviewComment}` : ''}`}
            </div>
          )}
        </section>
      ))}
      <section className="report-step" aria-labelledby="report-evidence">
        <h2 id="report-evidence">{t('report8d.evidence')}</h2>
        {evidence.length ? (
          <ol className="report-list">
            {evidence.map((d) => (
              <li key={d.id}>
                {d.fileName} · {d.by ?? t('timeline.system', { ns: 'actions' })} · {format.dateTime(d.at)}
              </li>
            ))}
          </ol>
        ) : (
          <div className="report-line">{t('report8d.noEvidence')}</div>
        )}
      </section>
      <section className="report-step" aria-labelledby="report-timeline">
        <h2 id="report-timeline">{t('timeline.title', { ns: 'actions' })}</h2>
        <table className="report-table">
          <tbody>
            {action.timeline.map((e) => (
              <tr key={e.id}>
                <td className="report-when">{format.dateTime(e.at)}</td>
                <td>{t(`event.${e.type}`, { ns: 'actions', name: e.actorName ?? t('timeline.system', { ns: 'actions' }), step: (e.after as { step?: string } | null)?.step ? t(`step.${(e.after as { step: string }).step}`, { ns: 'actions' }) : '', defaultValue: e.type })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="report-signatures" aria-labelledby="report-signatures">
        <h2 id="report-signatures">{t('report8d.signatures')}</h2>
        <table className="report-table">
          <tbody>
            {SIGNATURES.map((role) => (
              <tr key={role}>
                <th>{t(`report8d.${role}`)}</th>
                <td className="report-sign">{t('report8d.signature')}</td>
                <td className="report-sign">{t('report8d.date')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </article>
  );
}
