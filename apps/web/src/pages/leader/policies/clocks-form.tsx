import { Alert, Col, Form, InputNumber, Row } from 'antd';
import type { Rule } from 'antd/es/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../../gql';
import type { Severity } from '../../../gql/graphql';
import { QueryState } from '../../../ui/page-states';
import { showFormProblems } from '../../../ui/form-problems';
import { useProblemText } from '../../../ui/problem-text';
import { PolicySection, SaveButton } from './policy-section';

const ClocksDocument = graphql(`
  query LeaderActionClocks($chainId: ID!) {
    correctiveActionPolicies(chainId: $chainId) {
      chainId
      severity
      custom
      containmentHours
      rootCauseDays
      closureDays
      effectivenessDays
    }
  }
`);
const SetClocksDocument = graphql(`
  mutation LeaderSetActionClocks($input: CorrectiveActionPolicyInput!) {
    setCorrectiveActionPolicy(input: $input) {
      chainId
      severity
      custom
      containmentHours
      rootCauseDays
      closureDays
      effectivenessDays
    }
  }
`);

const SEVERITIES: Severity[] = ['CRITICAL', 'MAJOR', 'MINOR'];
const CLOCKS = ['containmentHours', 'rootCauseDays', 'closureDays', 'effectivenessDays'] as const;
type Clock = (typeof CLOCKS)[number];
type Values = Record<Severity, Record<Clock, number | null>>;

/** Each severity's 8D deadlines: containment (D1–D3) in hours, root cause (D4), closure (D5–D7) and the effectiveness check in days. */
export function ClocksForm({ chainId, mayAct }: { chainId: string; mayAct: boolean }) {
  const [result, reexecute] = useQuery({ query: ClocksDocument, variables: { chainId }, requestPolicy: 'network-only' });
  return (
    <QueryState result={result} onRetry={() => reexecute({ requestPolicy: 'network-only' })} rows={6}>
      {(data) => (
        <ClocksSection
          key={chainId}
          chainId={chainId}
          mayAct={mayAct}
          initial={Object.fromEntries(data.correctiveActionPolicies.map((p) => [p.severity, Object.fromEntries(CLOCKS.map((c) => [c, p[c]]))])) as Values}
          onSaved={() => reexecute({ requestPolicy: 'network-only' })}
        />
      )}
    </QueryState>
  );
}

function ClocksSection({ chainId, mayAct, initial, onSaved }: { chainId: string; mayAct: boolean; initial: Values; onSaved: () => void }) {
  const { t } = useTranslation('leader-policies');
  const describe = useProblemText();
  const [form] = Form.useForm<Values>();
  const [{ fetching }, setClocks] = useMutation(SetClocksDocument);
  const [saved, setSaved] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const watched = Form.useWatch((v: Values) => v, form);
  const values: Values = { ...initial, ...watched };
  const whole: Rule = { validator: (_, v: number | null) => (v != null && Number.isInteger(v) && v >= 1 && v <= 3650 ? Promise.resolve() : Promise.reject(new Error(t('clocks.rules.range')))) };
  // The API's order: containment no later than the root-cause deadline, root cause no later than closure.
  const ordered = (severity: Severity): Rule => ({
    validator: () => {
      const c = form.getFieldValue(severity) as Record<Clock, number | null>;
      if (c?.containmentHours == null || c.rootCauseDays == null || c.closureDays == null) return Promise.resolve();
      return c.rootCauseDays * 24 >= c.containmentHours && c.closureDays >= c.rootCauseDays ? Promise.resolve() : Promise.reject(new Error(t('clocks.rules.order')));
    },
  });

  const save = async (v: Values) => {
    setSaved(false);
    setProblems([]);
    for (const severity of SEVERITIES.filter((s) => CLOCKS.some((c) => v[s][c] !== initial[s][c]))) {
      const r = await setClocks({ input: { chainId, severity, ...(v[severity] as Record<Clock, number>) } });
      if (r.error) return setProblems(showFormProblems(form, r.error, describe, (field) => [severity, field.split('.').pop()!]).map(describe));
    }
    setSaved(true);
    onSaved();
  };

  return (
    <PolicySection id="clocks" title={t('clocks.title')} intro={t('clocks.intro')} saved={saved ? t('clocks.saved') : null} problems={problems}>
      <Form<Values> name="clocks" form={form} layout="vertical" initialValues={initial} disabled={!mayAct} onFinish={(v) => void save(v)} onValuesChange={() => setSaved(false)}>
        {SEVERITIES.map((severity) => {
          const c = values[severity] ?? initial[severity];
          return (
            <fieldset key={severity} className="clock-row">
              <legend>{t(`clocks.severity.${severity}`)}</legend>
              <Alert type="info" role="status" aria-live="polite" className="policy-effect" title={t('clocks.effect', { ...c, severity: t(`clocks.severity.${severity}`) })} />
              <Row gutter={12}>
                {CLOCKS.map((clock) => (
                  <Col key={clock} xs={12} md={6}>
                    <Form.Item name={[severity, clock]} label={t(`clocks.${clock}`)} rules={clock === 'closureDays' ? [whole, ordered(severity)] : [whole]} dependencies={clock === 'closureDays' ? [[severity, 'containmentHours'], [severity, 'rootCauseDays']] : undefined}>
                      <InputNumber min={1} max={3650} precision={0} suffix={t(clock === 'containmentHours' ? 'clocks.hours' : 'clocks.days')} className="policy-number" />
                    </Form.Item>
                  </Col>
                ))}
              </Row>
            </fieldset>
          );
        })}
        <SaveButton mayAct={mayAct} fetching={fetching} />
      </Form>
    </PolicySection>
  );
}
