import { Alert, Card, Col, Descriptions, Row, Steps, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { useFormat } from '../../../format/format';
import { graphql } from '../../../gql';
import type { SupplierActionDetailQuery, StepStatus } from '../../../gql/graphql';
import { useViewer } from '../../../session/viewer';
import { QueryState } from '../../../ui/page-states';
import { currentStep } from './action-clock';
import { ActionDiscussion } from './action-discussion';
import { SEVERITY_COLOUR, STATUS_COLOUR } from './action-colours';
import { DueClock } from './due-clock';
import { SolutionSharing } from './solution-sharing';
import { StepPanel } from './step-panel';
import './actions.css';
import { useScreens } from '../../../ui/use-screens';

export const ActionDetailDocument = graphql(`
  query SupplierActionDetail($id: ID!) {
    correctiveAction(id: $id) {
      id
      status
      requestedAt
      closedAt
      effectivenessDueAt
      shared
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

type Action = SupplierActionDetailQuery['correctiveAction'];
const PROGRESS: Record<StepStatus, 'wait' | 'process' | 'finish' | 'error'> = { NOT_STARTED: 'wait', DRAFT: 'process', SUBMITTED: 'process', APPROVED: 'finish', REJECTED: 'error' };

/** One 8D: the issue, the steps D1–D8 as a vertical progress line, the chosen step's form, the comments and the timeline. */
export function ActionPage() {
  const { actionId = '' } = useParams();
  const [result, reexecute] = useQuery({ query: ActionDetailDocument, variables: { id: actionId } });
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  return (
    <>
      <div className="action-page">
        <QueryState result={result} onRetry={refresh} rows={12}>
          {(data) => <ActionView action={data.correctiveAction} onChanged={refresh} />}
        </QueryState>
      </div>
    </>
  );
}

function ActionView({ action, onChanged }: { action: Action; onChanged: () => void }) {
  const { t } = useTranslation('actions');
  const f = useFormat();
  const screens = useScreens();
  const { can } = useViewer();
  const steps = [...action.steps].sort((a, b) => a.step.localeCompare(b.step));
  const [chosen, setChosen] = useState(() => Math.max(0, steps.indexOf(currentStep(steps)!)));
  const [notice, setNotice] = useState<string | null>(null);
  const choose = (i: number) => {
    setNotice(null);
    setChosen(i);
  };
  const step = steps[chosen];
  const closed = action.status === 'CLOSED' || action.status === 'EFFECTIVE';

  const items = [
    ...steps.map((s) => ({
      title: t(`step.${s.step}`),
      status: PROGRESS[s.status],
      content: (
        <span className="step-line-sub">
          {t(`stepStatus.${s.status}`)}
          {s.status !== 'APPROVED' && s.status !== 'SUBMITTED' && action.status === 'OPEN' && (
            <>
              {' · '}
              <DueClock actionStatus={action.status} step={s} />
            </>
          )}
        </span>
      ),
    })),
    {
      title: t('step.D8'),
      status: closed ? ('finish' as const) : ('wait' as const),
      disabled: true,
      content: <span className="step-line-sub">{closed ? t('d8.closedOn', { date: f.date(action.closedAt) }) : t('d8.byLeader')}</span>,
    },
  ];

  return (
    <>
      <div className="page-header">
        <Typography.Title level={1} className="page-title">
          {action.issue.title}
        </Typography.Title>
        <span>
          <Tag color={SEVERITY_COLOUR[action.issue.severity]}>{t(`severity.${action.issue.severity}`)}</Tag>
          <Tag color={STATUS_COLOUR[action.status]}>{t(`status.${action.status}`)}</Tag>
        </span>
      </div>
      <Card size="small" className="action-summary">
        <p className="action-description">{action.issue.description}</p>
        <Descriptions size="small" column={screens.md ? 3 : 1}>
          <Descriptions.Item label={t('detail.defect')}>{action.issue.defectCode}</Descriptions.Item>
          <Descriptions.Item label={t('detail.detected')}>{f.date(action.issue.detectedAt)}</Descriptions.Item>
          <Descriptions.Item label={t('detail.requested')}>{f.dateTime(action.requestedAt)}</Descriptions.Item>
          {action.effectivenessDueAt && <Descriptions.Item label={t('detail.effectiveness')}>{f.date(action.effectivenessDueAt)}</Descriptions.Item>}
        </Descriptions>
      </Card>
      <SolutionSharing action={action} onChanged={onChanged} />
      <Row gutter={[24, 16]} className="action-body">
        <Col xs={24} md={8}>
          <nav aria-label={t('detail.stepsNav')} className="step-line">
            <Steps orientation="vertical" size="small" current={chosen} onChange={(i) => i < steps.length && choose(i)} items={items} />
          </nav>
        </Col>
        <Col xs={24} md={16}>
          {notice && <Alert className="form-alert" type="success" showIcon role="status" title={notice} />}
          <Card className="step-card">
            <StepPanel
              key={step.id}
              actionId={action.id}
              actionStatus={action.status}
              step={step}
              previous={steps[chosen - 1]}
              canWrite={can('ENTERPRISE_ADMIN') || can('QUALITY_ENGINEER')}
              onChanged={(submitted) => {
                // After a submit the next step is the one to work on.
                if (submitted && chosen < steps.length - 1) setChosen(chosen + 1);
                setNotice(submitted ? t('panel.submittedStep', { step: t(`step.${step.step}`) }) : null);
                onChanged();
              }}
            />
          </Card>
        </Col>
      </Row>
      <ActionDiscussion actionId={action.id} actionStatus={action.status} timeline={action.timeline} onChanged={onChanged} />
    </>
  );
}
