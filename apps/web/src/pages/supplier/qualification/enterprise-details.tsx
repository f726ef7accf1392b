import { EditOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Form, Input, InputNumber, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useFormat } from '../../../format/format';
import { graphql } from '../../../gql';
import type { QualificationEnterpriseFieldsFragment, SizeClass } from '../../../gql/graphql';
import { useViewer } from '../../../session/viewer';
import { showFormProblems } from '../../../ui/form-problems';
import { useProblemText } from '../../../ui/problem-text';

const UpdateEnterpriseDocument = graphql(`
  mutation QualificationUpdateEnterprise($id: ID!, $input: UpdateEnterpriseInput!) {
    updateEnterprise(id: $id, input: $input) {
      ...QualificationEnterpriseFields
    }
  }
`);

const SIZE_CLASSES: SizeClass[] = ['LARGE', 'MEDIUM', 'SMALL', 'MICRO'];

interface Values {
  name: string;
  regionCode: string;
  industryCode: string;
  employees?: number | null;
  revenue10kCny?: number | null;
  totalAssets10kCny?: number | null;
  sizeClassDeclared?: SizeClass | null;
}

/** The enterprise's record the chains review; its admin corrects it here. */
export function EnterpriseDetails({ enterprise: e }: { enterprise: QualificationEnterpriseFieldsFragment }) {
  const { t } = useTranslation('qualification');
  const format = useFormat();
  const viewer = useViewer();
  const describe = useProblemText();
  const [editing, setEditing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [form] = Form.useForm<Values>();
  const [state, update] = useMutation(UpdateEnterpriseDocument);
  const mayEdit = viewer.can('ENTERPRISE_ADMIN');
  const size = (s: SizeClass | null | undefined) => (s ? t(`size.${s}`) : t('notGiven'));

  const save = async (v: Values) => {
    setProblem(null);
    const input = {
      name: v.name.trim(),
      regionCode: v.regionCode.trim(),
      industryCode: v.industryCode.trim(),
      employees: v.employees ?? null,
      revenue10kCny: v.revenue10kCny ?? null,
      totalAssets10kCny: v.totalAssets10kCny ?? null,
      sizeClassDeclared: v.sizeClassDeclared ?? null,
    };
    const r = await update({ id: e.id, input });
    if (r.data?.updateEnterprise) {
      setEditing(false);
      setSaved(true);
      return;
    }
    const rest = showFormProblems(form, r.error, describe);
    if (rest.length) setProblem(rest.map(describe).join(' '));
  };

  return (
    <Card
      title={<h2 className="qualification-card-title">{t('enterprise.title')}</h2>}
      extra={
        mayEdit &&
        !editing && (
          <Button
            icon={<EditOutlined />}
            onClick={() => {
              setSaved(false);
              setEditing(true);
            }}
          >
            {t('enterprise.edit')}
          </Button>
        )
      }
      className="qualification-card"
    >
      {saved && <Alert type="success" showIcon role="status" title={t('enterprise.saved')} className="form-alert" />}
      {!editing ? (
        <Descriptions column={{ xs: 1, sm: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('enterprise.name')}>{e.name}</Descriptions.Item>
          <Descriptions.Item label={t('enterprise.uscc')}>{e.uscc}</Descriptions.Item>
          <Descriptions.Item label={t('enterprise.region')}>{`${e.region?.name ?? e.regionName}（${e.regionCode}）`}</Descriptions.Item>
          <Descriptions.Item label={t('enterprise.industryCode')}>{e.industryCode}</Descriptions.Item>
          <Descriptions.Item label={t('enterprise.sizeClass')}>
            {size(e.sizeClass)}
            {e.sizeClassDeclared ? ` ${t('enterprise.declared')}` : e.sizeClassComputed ? ` ${t('enterprise.computed')}` : ''}
          </Descriptions.Item>
          <Descriptions.Item label={t('enterprise.employees')}>{e.employees == null ? t('notGiven') : t('enterprise.people', { count: e.employees, n: format.count(e.employees) })}</Descriptions.Item>
          <Descriptions.Item label={t('enterprise.revenue')}>{e.revenue10kCny == null ? t('notGiven') : t('enterprise.tenThousandYuan', { n: format.count(e.revenue10kCny) })}</Descriptions.Item>
          <Descriptions.Item label={t('enterprise.assets')}>{e.totalAssets10kCny == null ? t('notGiven') : t('enterprise.tenThousandYuan', { n: format.count(e.totalAssets10kCny) })}</Descriptions.Item>
        </Descriptions>
      ) : (
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={(v) => void save(v)}
          initialValues={{
            name: e.name,
            regionCode: e.regionCode,
            industryCode: e.industryCode,
            employees: e.employees,
            revenue10kCny: e.revenue10kCny,
            totalAssets10kCny: e.totalAssets10kCny,
            sizeClassDeclared: e.sizeClassDeclared,
          }}
        >
          {problem && <Alert type="error" showIcon role="alert" title={problem} className="form-alert" />}
          <Form.Item name="name" label={t('enterprise.name')} extra={t('enterprise.nameExtra')} rules={[{ required: true, whitespace: true, message: t('enterprise.required') }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="regionCode" label={t('enterprise.regionCode')} extra={t('enterprise.regionCodeExtra')} rules={[{ required: true, pattern: /^\d{6}$/, message: t('enterprise.regionCodeRule') }]}>
            <Input inputMode="numeric" maxLength={6} />
          </Form.Item>
          <Form.Item name="industryCode" label={t('enterprise.industryCode')} extra={t('enterprise.industryCodeExtra')} rules={[{ required: true, whitespace: true, message: t('enterprise.required') }]}>
            <Input maxLength={20} />
          </Form.Item>
          <Form.Item name="employees" label={t('enterprise.employees')} extra={t('enterprise.employeesExtra')}>
            <InputNumber min={0} precision={0} className="qualification-number" />
          </Form.Item>
          <Form.Item name="revenue10kCny" label={t('enterprise.revenueInput')} extra={t('enterprise.revenueExtra')}>
            <InputNumber min={0} className="qualification-number" />
          </Form.Item>
          <Form.Item name="totalAssets10kCny" label={t('enterprise.assetsInput')} extra={t('enterprise.assetsExtra')}>
            <InputNumber min={0} className="qualification-number" />
          </Form.Item>
          <Form.Item name="sizeClassDeclared" label={t('enterprise.sizeDeclared')} extra={t('enterprise.sizeDeclaredExtra')}>
            <Select allowClear placeholder={t('enterprise.sizeAuto')} options={SIZE_CLASSES.map((s) => ({ value: s, label: t(`size.${s}`) }))} />
          </Form.Item>
          <Space wrap>
            <Button type="primary" htmlType="submit" size="large" loading={state.fetching}>
              {t('enterprise.save')}
            </Button>
            <Button size="large" onClick={() => setEditing(false)}>
              {t('cancel')}
            </Button>
          </Space>
        </Form>
      )}
    </Card>
  );
}
