import { Alert, Button, Form, Input, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { problemsOf } from '../../../api/api-problem';
import { useFormat } from '../../../format/format';
import { graphql } from '../../../gql';
import type { CorrectiveActionStatus, ReviewDecision } from '../../../gql/graphql';
import { useProblemText } from '../../../ui/problem-text';
import { STEP_STATUS_COLOUR } from '../../supplier/actions/action-colours';
import { DueClock } from '../../supplier/actions/due-clock';
import { StepFields } from '../../supplier/actions/step-fields';
import type { PanelStep } from '../../supplier/actions/step-panel';

const ReviewDocument = graphql(`
  mutation LeaderReviewStep($actionId: ID!, $step: EightDStep!, $decision: ReviewDecision!, $comment: String) {
    reviewCorrectiveActionStep(actionId: $actionId, step: $step, decision: $decision, comment: $comment) {
      id
      status
      reviewedAt
      reviewComment
    }
  }
`);

/** One step as the supplier submitted it (its own form, read only) and, while it waits, the review: approve, or return with a comment. */
export function StepReview({ actionId, actionStatus, step, mayAct, onReviewed }: { actionId: string; actionStatus: CorrectiveActionStatus; step: PanelStep; mayAct: boolean; onReviewed: () => void }) {
  const { t } = useTranslation(['leader-quality', 'actions']);
  const f = useFormat();
  const describe = useProblemText();
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [state, review] = useMutation(ReviewDocument);
  const stepName = t(`step.${step.step}`, { ns: 'actions' });
  const waiting = step.status === 'SUBMITTED' && actionStatus === 'OPEN';

  const decide = async (decision: ReviewDecision) => {
    setProblem(null);
    if (decision === 'REJECT' && !comment.trim()) return setProblem(t('review.commentRequired'));
    const r = await review({ actionId, step: step.step, decision, comment: comment.trim() || null });
    if (r.error) return setProblem(problemsOf(r.error).map(describe).join(' '));
    onReviewed();
  };

  return (
    <section className="step-panel" aria-labelledby={`review-${step.step}`}>
      <div className="step-panel-head">
        <Typography.Title level={2} id={`review-${step.step}`} className="step-title">
          {stepName}
        </Typography.Title>
        <Space wrap size={8}>
          <Tag color={STEP_STATUS_COLOUR[step.status]}>{t(`stepStatus.${step.status}`, { ns: 'actions' })}</Tag>
          <DueClock actionStatus={actionStatus} step={step} />
        </Space>
      </div>
      {step.submittedAt && <div className="step-meta">{t('panel.submittedAt', { ns: 'actions', date: f.dateTime(step.submittedAt) })}</div>}
      {step.reviewedAt && (
        <Alert
          className="step-review"
          type={step.status === 'REJECTED' ? 'warning' : 'success'}
          showIcon
          title={t('panel.review', { ns: 'actions', decision: t(`decision.${step.status === 'REJECTED' ? 'REJECT' : 'APPROVE'}`, { ns: 'actions' }), date: f.dateTime(step.reviewedAt) })}
          description={step.reviewComment || t('panel.noComment', { ns: 'actions' })}
        />
      )}
      {['NOT_STARTED', 'DRAFT'].includes(step.status) ? (
        <p className="step-readonly">{t('review.notSubmitted')}</p>
      ) : (
        <Form initialValues={step.content ?? {}} layout="vertical" disabled requiredMark={false} className="step-form">
          <StepFields step={step.step} />
        </Form>
      )}
      {waiting && mayAct && (
        <section className="review-box" aria-label={t('review.title', { step: stepName })}>
          <Typography.Title level={3} className="section-title">
            {t('review.title', { step: stepName })}
          </Typography.Title>
          {problem && <Alert type="error" showIcon role="alert" title={problem} className="form-alert" />}
          <label htmlFor={`review-comment-${step.step}`} className="review-label">
            {t('review.comment')}
          </label>
          <Input.TextArea id={`review-comment-${step.step}`} rows={3} value={comment} onChange={(e) => setComment(e.target.value)} maxLength={4000} />
          <div className="review-hint">{t('review.commentExtra')}</div>
          <div className="review-buttons">
            <Button type="primary" onClick={() => void decide('APPROVE')} loading={state.fetching}>
              {t('review.approve')}
            </Button>
            <Button danger onClick={() => void decide('REJECT')} loading={state.fetching}>
              {t('review.reject')}
            </Button>
          </div>
        </section>
      )}
    </section>
  );
}
