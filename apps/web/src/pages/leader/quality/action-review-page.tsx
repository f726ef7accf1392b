import { Alert, Card, Col, Descriptions, Row, Steps, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { useFormat } from '../../../format/format';
import { graphql } from '../../../gql';
import type { LeaderActionDetailQuery, StepStatus } from '../../../gql/graphql';
import { useViewer } from '../../../session/viewer';
import { QueryState } from '../../../ui/page-states';
import { currentStep } from '../../supplier/actions/action-clock';
import { SEVERITY_COLOUR, STATUS_COLOUR } from '../../supplier/actions/action-colours';
import { ActionDiscussion } from '../../supplier/actions/action-discussion';
import { DueClock } from '../../supplier/actions/due-clock';
import { RequireWorkspace } from '../../workspace-guard';
import { ActionControls } from './action-controls';
import { StepReview } from './step-review';
import '../../supplier/actions/actions.css';
import './leader-quality.css';
import { useScreens } from '../../../ui/use-screens';

const LeaderActionDetailDocument = graphql(`
  query LeaderActionDetail($id: ID!) {
    correctiveAction(id: $id) {
      id
      status
      requestedAt
      closedAt
      effectivenessDueAt
      escalationLevel
      supplier {
        id
        name
      }
      issue {
        id
        title
        description
        defectCode
        severity
        detectedAt
      }
      steps {
        id
        step
        status
        content
        dueAt
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
          contentType
          sizeBytes
          downloadPath
        }
      }
    }
  }
`);

export type LeaderAction = LeaderActionDetailQuery['correctiveAction'];
const PROGRESS: Record<StepStatus, 'wait' | 'process' | 'finish' | 'error'> = { NOT_STARTED: 'wait', DRAFT: 'wait', SUBMITTED: 'process', APPROVED: 'finish', REJECTED: 'error' };

/** The leader's side of one 8D: each step as the supplier submitted it, approved or returned with a comment; close, reopen or cancel. */
export function ActionReviewPage() {
  const { actionId = '' } = useParams();
  const [result, reexecute] = useQuery({ query: LeaderActionDetailDocument, variables: { id: actionId } });
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  return (
    <RequireWorkspace workspace="leader">
      <div className="action-page">
        <QueryState result={result} onRetry={refresh} rows={12}>
          {(data) => <ReviewView action={data.correctiveAction} onChanged={refresh} />}
        </QueryState>
      </div>
    </RequireWorkspace>
  );
}

function ReviewView({ action, onChanged }: { action: LeaderAction; onChanged: () => void }) {
  const { t } = useTranslation(['leader-quality', 'actions']);
  const f = useFormat();
  const screens = useScreens();
  const viewer = useViewer();
  const mayAct = viewer.can('ENTERPRISE_ADMIN') || viewer.can('QUALITY_ENGINEER');
  const steps = [...action.steps].sort((a, b) => a.step.localeCompare(b.step));
  // Open on the step that waits for review, else the supplier's current one.
  const [chosen, setChosen] = useState(() => Math.max(0, steps.findIndex((s) => s.status === 'SUBMITTED') >= 0 ? steps.findIndex((s) => s.status === 'SUBMITTED') : steps.indexOf(currentStep(steps)!)));
  const step = steps[chosen];
  const closed = action.status === 'CLOSED' || action.status === 'EFFECTIVE';

  return (
    <>
      <Link to={`/leader/issues/${action.issue.id}`} className="quality-back">
        {action.issue.title}
      </Link>
      <div className="page-header">
        <Typography.Title level={1} className="page-title">
          {t('review.supplier', { name: action.supplier.name })}
        </Typography.Title>
        <span>
          <Tag color={SEVERITY_COLOUR[action.issue.severity]}>{t(`severity.${action.issue.severity}`, { ns: 'actions' })}</Tag>
          <Tag color={STATUS_COLOUR[action.status]}>{t(`status.${action.status}`, { ns: 'actions' })}</Tag>
        </span>
      </div>
      {action.escalationLevel > 0 && action.status === 'OPEN' && <Alert type="warning" showIcon title={t('close.escalated', { level: action.escalationLevel })} className="form-alert" />}
      <Card size="small" className="action-summary">
        <Descriptions size="small" column={screens.md ? 3 : 1}>
          <Descriptions.Item label={t('detail.defect', { ns: 'actions' })}>{action.issue.defectCode}</Descriptions.Item>
          <Descriptions.Item label={t('detail.requested', { ns: 'actions' })}>{f.dateTime(action.requestedAt)}</Descriptions.Item>
          {action.effectivenessDueAt && <Descriptions.Item label={t('detail.effectiveness', { ns: 'actions' })}>{f.date(action.effectivenessDueAt)}</Descriptions.Item>}
        </Descriptions>
        <Link to={`/leader/actions/${action.id}/report`} className="report-link">
          {t('report8d.open')}
        </Link>
        {mayAct && <ActionControls action={action} onChanged={onChanged} />}
      </Card>
      <Row gutter={[24, 16]} className="action-body">
        <Col xs={24} md={8}>
          <nav aria-label={t('detail.stepsNav', { ns: 'actions' })} className="step-line">
            <Steps
              orientation="vertical"
              size="small"
              current={chosen}
              onChange={(i) => i < steps.length && setChosen(i)}
              items={[
                ...steps.map((s) => ({
                  title: t(`step.${s.step}`, { ns: 'actions' }),
                  status: PROGRESS[s.status],
                  content: (
                    <span className="step-line-sub">
                      {t(`stepStatus.${s.status}`, { ns: 'actions' })}
                      {!['APPROVED', 'SUBMITTED'].includes(s.status) && action.status === 'OPEN' && (
                        <>
                          {' · '}
                          <DueClock actionStatus={action.status} step={s} />
                        </>
                      )}
                    </span>
                  ),
                })),
                {
                  title: t('step.D8', { ns: 'actions' }),
                  status: closed ? ('finish' as const) : ('wait' as const),
                  disabled: true,
                  content: <span className="step-line-sub">{closed ? t('d8.closedOn', { ns: 'actions', date: f.date(action.closedAt) }) : t('close.closeHint')}</span>,
                },
              ]}
            />
          </nav>
        </Col>
        <Col xs={24} md={16}>
          <Card className="step-card">
            <StepReview key={`${step.id}:${step.status}`} actionId={action.id} actionStatus={action.status} step={step} mayAct={mayAct} onReviewed={onChanged} />
          </Card>
        </Col>
      </Row>
      <ActionDiscussion actionId={action.id} actionStatus={action.status} timeline={action.timeline} onChanged={onChanged} />
    </>
  );
}
