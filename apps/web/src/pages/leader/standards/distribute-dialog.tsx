import { Alert, DatePicker, Form, Modal, Radio, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../../../gql';
import { useViewer } from '../../../session/viewer';
import { showFormProblems } from '../../../ui/form-problems';
import { useProblemText } from '../../../ui/problem-text';
import { chinaToday } from '../../../format/format';
import { AudienceFields, TARGETS, useAudience, type Target } from './audience-fields';
import { dayField } from './publish-revision-dialog';

const DistributeDocument = graphql(`
  mutation LeaderDistributeRevision($input: DistributeStandardRevisionInput!) {
    distributeStandardRevision(input: $input) {
      ...LeaderDistributionFields
    }
  }
`);

interface Values {
  chainId: string;
  target: Target;
  tiers?: number[];
  membershipIds?: string[];
  clusterId?: string;
  dueOn: string;
}

/** Suppliers have two weeks unless the leader says otherwise. */
const DEFAULT_DAYS = 14;

/** Sends a revision to the chain, some tiers, chosen suppliers or the chain's suppliers in a cluster, to answer by a China calendar day. */
export function DistributeDialog({
  standardNumber,
  revision,
  onClose,
  onDistributed,
}: {
  standardNumber: string;
  revision: { id: string; version: string };
  onClose: () => void;
  onDistributed: (result: { recipients: number; dueOn: string }) => void;
}) {
  const { t } = useTranslation('leader-standards');
  const describe = useProblemText();
  const { ledChains } = useViewer();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string | null>(null);
  const [state, distribute] = useMutation(DistributeDocument);
  const chainId = Form.useWatch('chainId', form) ?? ledChains[0].id;
  const target = Form.useWatch('target', form) ?? 'ALL_ACTIVE';
  const tiers = Form.useWatch('tiers', form) ?? [];
  const clusterId = Form.useWatch('clusterId', form);
  const audience = useAudience(chainId, target === 'CLUSTER' ? clusterId : undefined);
  const today = chinaToday();

  const send = async (v: Values) => {
    setProblem(null);
    const membershipIds = v.target === 'MEMBERSHIPS' ? (v.membershipIds ?? []) : v.target === 'CLUSTER' ? audience.inCluster.map((m) => m.id) : null;
    const input = {
      revisionId: revision.id,
      chainId: v.chainId,
      // The API sends to a cluster only for its coordinating office: ours are named one by one.
      audience: v.target === 'CLUSTER' ? ('MEMBERSHIPS' as const) : v.target,
      tiers: v.target === 'TIERS' ? v.tiers : null,
      membershipIds,
      dueOn: v.dueOn,
    };
    const r = await distribute({ input });
    const sent = r.data?.distributeStandardRevision;
    if (sent) return onDistributed({ recipients: sent.stats.recipients, dueOn: sent.dueOn });
    const rest = showFormProblems(form, r.error, describe, (f) => {
      const last = f.split('.').pop()!.replace(/\[\d+\]$/, '');
      if (last === 'membershipIds') return [v.target === 'CLUSTER' ? 'clusterId' : 'membershipIds'];
      return [last === 'audience' ? 'target' : last];
    });
    if (rest.length) setProblem(rest.map(describe).join(' '));
  };

  return (
    <Modal
      open
      title={t('distribute.title', { number: standardNumber, version: revision.version })}
      okText={t('distribute.submit')}
      cancelText={t('dialog.cancel')}
      okButtonProps={{ loading: state.fetching }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={640}
    >
      <Typography.Paragraph type="secondary">{t('distribute.hint')}</Typography.Paragraph>
      {problem && <Alert type="error" showIcon role="alert" title={problem} className="form-alert" />}
      {!!audience.error && <Alert type="warning" showIcon title={t('distribute.audienceUnavailable')} className="form-alert" />}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) => void send(v)}
        initialValues={{ chainId: ledChains[0].id, target: 'ALL_ACTIVE', tiers: [1], membershipIds: [], dueOn: dayjs(today).add(DEFAULT_DAYS, 'day').format('YYYY-MM-DD') }}
      >
        {ledChains.length > 1 ? (
          <Form.Item name="chainId" label={t('distribute.chain')}>
            <Select options={ledChains.map((c) => ({ value: c.id, label: c.name }))} onChange={() => form.setFieldsValue({ membershipIds: [], clusterId: undefined })} />
          </Form.Item>
        ) : (
          <Form.Item name="chainId" hidden>
            <input type="hidden" />
          </Form.Item>
        )}
        <Form.Item name="target" label={t('distribute.target')} extra={t(`distribute.targetExtra.${target}`)}>
          <Radio.Group vertical options={TARGETS.map((v) => ({ value: v, label: t(`distribute.targets.${v}`) }))} />
        </Form.Item>
        <AudienceFields target={target} audience={audience} tiers={tiers} clusterId={clusterId} />
        <Form.Item name="dueOn" label={t('distribute.dueOn')} extra={t('distribute.dueOnExtra')} rules={[{ required: true, message: t('distribute.dueOnRequired') }]} {...dayField}>
          <DatePicker className="leader-standards-date" allowClear={false} disabledDate={(d) => d.format('YYYY-MM-DD') < today} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
