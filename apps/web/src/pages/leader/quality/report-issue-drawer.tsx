import { Alert, Button, DatePicker, Drawer, Form, Input, Radio, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { problemsOf } from '../../../api/api-problem';
import { graphql } from '../../../gql';
import type { IssueSource, Severity } from '../../../gql/graphql';
import { showFormProblems } from '../../../ui/form-problems';
import { useProblemText } from '../../../ui/problem-text';
import { LinkedLotsField } from './linked-lots';

const ReportDocument = graphql(`
  mutation LeaderReportIssue($input: ReportQualityIssueInput!) {
    reportQualityIssue(input: $input) {
      id
    }
  }
`);

export const IssueChoicesDocument = graphql(`
  query LeaderIssueChoices($chainId: ID!) {
    defectCodes(chainId: $chainId) {
      id
      code
      name
      shared
    }
    industryChain(id: $chainId) {
      id
      memberships(status: ACTIVE, first: 100) {
        edges {
          node {
            id
            enterprise {
              id
              name
            }
          }
        }
      }
    }
  }
`);

const AddCodeDocument = graphql(`
  mutation LeaderAddDefectCode($input: AddDefectCodeInput!) {
    addDefectCode(input: $input) {
      id
      code
      name
      shared
    }
  }
`);

const SEVERITIES: Severity[] = ['CRITICAL', 'MAJOR', 'MINOR'];
const SOURCES: IssueSource[] = ['INCOMING_INSPECTION', 'IN_PROCESS', 'CUSTOMER_COMPLAINT', 'AUDIT', 'FIELD'];

interface Values {
  title: string;
  description: string;
  defectCode: string;
  severity: Severity;
  source: IssueSource;
  detectedAt: Dayjs;
  supplierEnterpriseIds: string[];
  lotIds: string[];
}

/** Reports a chain issue with the lots that evidence it and requests an 8D from each supplier chosen; the defect taxonomy can be extended on the spot. */
export function ReportIssueDrawer({ chainId, open, onClose, onReported }: { chainId: string; open: boolean; onClose: () => void; onReported: () => void }) {
  const { t } = useTranslation(['leader-quality', 'actions']);
  const describe = useProblemText();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string | null>(null);
  const [choices, refetch] = useQuery({ query: IssueChoicesDocument, variables: { chainId }, pause: !open });
  const [state, report] = useMutation(ReportDocument);
  const codes = choices.data?.defectCodes ?? [];
  const suppliers = (choices.data?.industryChain.memberships.edges ?? []).map((e) => e.node.enterprise).filter((e): e is { id: string; name: string } => !!e);
  const names = new Map(suppliers.map((s) => [s.id, s.name]));
  const required = (what: string) => [{ required: true, whitespace: true, message: t('report.required', { what }) }];

  const send = async (v: Values) => {
    setProblem(null);
    const r = await report({
      input: { chainId, title: v.title, description: v.description ?? '', defectCode: v.defectCode, severity: v.severity, source: v.source, detectedAt: v.detectedAt.toISOString(), supplierEnterpriseIds: v.supplierEnterpriseIds ?? [], lotIds: v.lotIds ?? [] },
    });
    const id = r.data?.reportQualityIssue.id;
    if (id) {
      form.resetFields();
      onReported();
      onClose();
      return navigate(`/leader/issues/${id}`);
    }
    const rest = showFormProblems(form, r.error, describe);
    if (rest.length) setProblem(rest.map(describe).join(' '));
  };

  return (
    <Drawer open={open} onClose={onClose} title={t('report.title')} size="large" destroyOnHidden>
      <Typography.Paragraph type="secondary">{t('report.hint')}</Typography.Paragraph>
      {problem && <Alert type="error" showIcon role="alert" title={problem} className="form-alert" />}
      <Form<Values> form={form} layout="vertical" onFinish={(v) => void send(v)} initialValues={{ severity: 'MAJOR', source: 'INCOMING_INSPECTION', detectedAt: dayjs(), supplierEnterpriseIds: [], lotIds: [] }}>
        <Form.Item name="title" label={t('report.titleLabel')} extra={t('report.titleExtra')} rules={[...required(t('report.titleLabel')), { max: 300 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="description" label={t('report.description')} extra={t('report.descriptionExtra')} rules={[{ max: 10000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="defectCode" label={t('report.defectCode')} extra={t('report.defectCodeExtra')} rules={required(t('report.defectCode'))}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={choices.fetching}
            options={[
              { label: t('report.shared'), options: codes.filter((c) => c.shared).map((c) => ({ value: c.code, label: `${c.code} ${c.name}` })) },
              { label: t('report.own'), options: codes.filter((c) => !c.shared).map((c) => ({ value: c.code, label: `${c.code} ${c.name}` })) },
            ]}
          />
        </Form.Item>
        <NewDefectCode
          chainId={chainId}
          onAdded={(code) => {
            refetch({ requestPolicy: 'network-only' });
            form.setFieldValue('defectCode', code);
          }}
        />
        <Form.Item name="severity" label={t('report.severity')}>
          <Radio.Group optionType="button" options={SEVERITIES.map((s) => ({ value: s, label: t(`severity.${s}`, { ns: 'actions' }) }))} />
        </Form.Item>
        <Form.Item name="source" label={t('report.source')}>
          <Select options={SOURCES.map((s) => ({ value: s, label: t(`report.sources.${s}`) }))} />
        </Form.Item>
        <Form.Item name="detectedAt" label={t('report.detectedAt')} rules={[{ required: true, message: t('report.required', { what: t('report.detectedAt') }) }]}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item name="supplierEnterpriseIds" label={t('report.suppliers')} extra={t('report.suppliersExtra')}>
          <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} options={suppliers.map((s) => ({ value: s.id, label: s.name }))} />
        </Form.Item>
        <LinkedLotsField form={form} chainId={chainId} names={names} open={open} />
        <Button type="primary" htmlType="submit" loading={state.fetching}>
          {t('report.submit')}
        </Button>
      </Form>
    </Drawer>
  );
}

/** Adds a code to the chain's own taxonomy without leaving the report. */
function NewDefectCode({ chainId, onAdded }: { chainId: string; onAdded: (code: string) => void }) {
  const { t } = useTranslation('leader-quality');
  const describe = useProblemText();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [state, add] = useMutation(AddCodeDocument);
  const submit = async () => {
    const r = await add({ input: { chainId, code, name } });
    const added = r.data?.addDefectCode;
    if (added) {
      setCode('');
      setName('');
      setMessage({ ok: true, text: t('report.newCodeAdded', { code: added.code }) });
      onAdded(added.code);
    } else setMessage({ ok: false, text: problemsOf(r.error).map(describe).join(' ') });
  };
  return (
    <details className="new-defect-code">
      <summary>{t('report.newCode')}</summary>
      <div className="new-defect-code-fields">
        <Input aria-label={t('report.newCodeCode')} placeholder={t('report.newCodeCodeExtra')} value={code} onChange={(e) => setCode(e.target.value)} maxLength={20} />
        <Input aria-label={t('report.newCodeName')} placeholder={t('report.newCodeName')} value={name} onChange={(e) => setName(e.target.value)} maxLength={100} />
        <Button onClick={() => void submit()} loading={state.fetching} disabled={!code.trim() || !name.trim()}>
          {t('report.newCodeAdd')}
        </Button>
      </div>
      {message && <Alert type={message.ok ? 'success' : 'error'} showIcon role={message.ok ? 'status' : 'alert'} title={message.text} className="form-alert" />}
    </details>
  );
}
