import { Alert, Button, Form, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { problemsOf } from '../../../api/api-problem';
import { useFormat } from '../../../format/format';
import { graphql } from '../../../gql';
import type { CorrectiveActionStatus, EightDStep, StepStatus } from '../../../gql/graphql';
import { showFormProblems } from '../../../ui/form-problems';
import { isHandedIn } from './action-clock';
import { STEP_STATUS_COLOUR } from './action-colours';
import { DueClock } from './due-clock';
import { BLANK, StepFields } from './step-fields';
import { fieldOf, useStepProblemText } from './step-problems';

const SaveStepDocument = graphql(`
  mutation SupplierActionSaveStep($actionId: ID!, $step: EightDStep!, $content: JSONObject!) {
    saveCorrectiveActionStep(actionId: $actionId, step: $step, content: $content) {
      id
      status
      content
      submittedAt
    }
  }
`);

const SubmitStepDocument = graphql(`
  mutation SupplierActionSubmitStep($actionId: ID!, $step: EightDStep!, $content: JSONObject!) {
    submitCorrectiveActionStep(actionId: $actionId, step: $step, content: $content) {
      id
      status
      content
      submittedAt
    }
  }
`);

export interface PanelStep {
  id: string;
  step: EightDStep;
  status: StepStatus;
  content?: Record<string, unknown> | null;
  dueAt?: string | null;
  submittedAt?: string | null;
  reviewedAt?: string | null;
  reviewComment?: string | null;
}


/**
 * One 8D step: its clock, the leader's review, and its form. The form is
 * editable only when it is the supplier's turn: the action is open, the step
 * is not handed in, and the step before it is (steps go in in order).
 */
export function StepPanel({
  actionId,
  actionStatus,
  step,
  previous,
  canWrite,
  onChanged,
}: {
  actionId: string;
  actionStatus: CorrectiveActionStatus;
  step: PanelStep;
  previous?: PanelStep;
  canWrite: boolean;
  onChanged: (submitted: boolean) => void;
}) {
  const { t } = useTranslation('actions');
  const f = useFormat();
  const describe = useStepProblemText();
  const [form] = Form.useForm();
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const [saving, save] = useMutation(SaveStepDocument);
  const [submitting, submit] = useMutation(SubmitStepDocument);
  const turn = !previous || isHandedIn(previous.status);
  const editable = canWrite && actionStatus === 'OPEN' && !isHandedIn(step.status) && turn;

  const send = async (final: boolean) => {
    setOutcome(null);
    const content = JSON.parse(JSON.stringify(form.getFieldsValue(true) ?? {})) as Record<string, unknown>;
    const variables = { actionId, step: step.step, content };
    const result = final ? await submit(variables) : await save(variables);
    if (!result.error) {
      if (!final) setOutcome({ ok: true, text: t('panel.saved') });
      onChanged(final);
      return;
    }
    // Clear old messages, then put each problem next to its field; a list's own rule (at least one row) goes under the list.
    form.setFields(form.getFieldsError().filter((e) => e.errors.length).map((e) => ({ name: e.name, errors: [] })));
    const rest = showFormProblems(form, result.error, describe, fieldOf);
    const lists = rest.filter((p) => p.field && fieldOf(p.field));
    form.setFields(lists.map((p) => ({ name: fieldOf(p.field!)!, errors: [describe(p)] })));
    const others = rest.filter((p) => !lists.includes(p));
    setOutcome({ ok: false, text: (others.length ? others : problemsOf(result.error)).map(describe).join(' ') });
  };

  return (
    <section className="step-panel" aria-labelledby={`step-${step.step}`}>
      <div className="step-panel-head">
        <Typography.Title level={2} id={`step-${step.step}`} className="step-title">
          {t(`step.${step.step}`)}
        </Typography.Title>
        <Space wrap size={8}>
          <Tag color={STEP_STATUS_COLOUR[step.status]}>{t(`stepStatus.${step.status}`)}</Tag>
          <DueClock actionStatus={actionStatus} step={step} />
        </Space>
      </div>
      <p className="step-purpose">{t(`purpose.${step.step}`)}</p>
      {step.submittedAt && <div className="step-meta">{t('panel.submittedAt', { date: f.dateTime(step.submittedAt) })}</div>}
      {step.reviewedAt && (
        <Alert
          className="step-review"
          type={step.status === 'REJECTED' ? 'warning' : 'success'}
          showIcon
          title={t('panel.review', { decision: t(`decision.${step.status === 'REJECTED' ? 'REJECT' : 'APPROVE'}`), date: f.dateTime(step.reviewedAt) })}
          description={step.reviewComment || t('panel.noComment')}
        />
      )}
      {!editable && <div className="step-readonly">{readOnlyReason()}</div>}
      {outcome && <Alert className="form-alert" type={outcome.ok ? 'success' : 'error'} showIcon title={outcome.text} role={outcome.ok ? 'status' : 'alert'} />}
      <Form
        form={form}
        initialValues={step.content && Object.keys(step.content).length ? step.content : BLANK[step.step]}
        layout="vertical" disabled={!editable} requiredMark={false} onFinish={() => send(true)} className="step-form">
        <StepFields step={step.step} />
        {editable && (
          <div className="step-buttons">
            <Button size="large" onClick={() => send(false)} loading={saving.fetching}>
              {t('panel.save')}
            </Button>
            <Button size="large" type="primary" htmlType="submit" loading={submitting.fetching}>
              {t('panel.submit')}
            </Button>
          </div>
        )}
      </Form>
    </section>
  );

  function readOnlyReason(): string {
    if (actionStatus !== 'OPEN') return t('panel.readOnly.closed');
    if (step.status === 'APPROVED') return t('panel.readOnly.approved');
    if (step.status === 'SUBMITTED') return t('panel.readOnly.submitted');
    if (!canWrite) return t('panel.readOnly.role');
    return t('panel.readOnly.turn', { step: t(`step.${previous?.step ?? 'D1'}`) });
  }
}
