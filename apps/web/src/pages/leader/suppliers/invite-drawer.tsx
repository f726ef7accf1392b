import { Alert, Button, Drawer, Form, Input, Radio, Result, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useFormat } from '../../../format/format';
import { graphql } from '../../../gql';
import { showFormProblems } from '../../../ui/form-problems';
import { useProblemText } from '../../../ui/problem-text';
import { useUsccValidator } from '../../../ui/uscc-check';

const InviteDocument = graphql(`
  mutation LeaderInviteSupplier($input: InviteSupplierInput!) {
    inviteSupplier(input: $input) {
      token
      expiresAt
      membership {
        id
        status
      }
    }
  }
`);

const ParentsDocument = graphql(`
  query LeaderInviteParents($chainId: ID!, $tier: Int!) {
    industryChain(id: $chainId) {
      id
      memberships(tier: $tier, first: 100) {
        edges {
          node {
            id
            status
            supplierUscc
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

interface Values {
  uscc: string;
  email: string;
  tier: number;
  parentMembershipId?: string;
  categories?: string[];
}

/** Invites a supplier by its USCC; the link is e-mailed and also shown once, to pass on another way. */
export function InviteDrawer({ chainId, open, onClose, onInvited }: { chainId: string; open: boolean; onClose: () => void; onInvited: () => void }) {
  const { t } = useTranslation('onboarding');
  const format = useFormat();
  const describe = useProblemText();
  const checkUscc = useUsccValidator();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string | null>(null);
  const [sent, setSent] = useState<{ email: string; link: string; expiresAt: string } | null>(null);
  const [state, invite] = useMutation(InviteDocument);
  const tier = Form.useWatch('tier', form) ?? 1;

  const send = async (v: Values) => {
    setProblem(null);
    const input = { chainId, uscc: v.uscc, email: v.email.trim(), tier: v.tier, parentMembershipId: v.tier > 1 ? v.parentMembershipId : null, categories: v.categories ?? [] };
    const r = await invite({ input });
    const issued = r.data?.inviteSupplier;
    if (issued) {
      setSent({ email: input.email, link: `${location.origin}/invitation?token=${encodeURIComponent(issued.token)}`, expiresAt: issued.expiresAt });
      onInvited();
      return;
    }
    const rest = showFormProblems(form, r.error, describe);
    if (rest.length) setProblem(rest.map(describe).join(' '));
  };
  const again = () => {
    form.resetFields();
    setSent(null);
  };
  const close = () => {
    again();
    onClose();
  };

  return (
    <Drawer open={open} onClose={close} title={t('invite.title')} size="large" destroyOnHidden>
      {sent ? (
        <Result
          status="success"
          title={t('invite.sentTitle', { email: sent.email })}
          subTitle={t('invite.sentHint', { date: format.date(sent.expiresAt) })}
          extra={[
            <InviteLink key="link" link={sent.link} />,
            <Button key="again" onClick={again}>
              {t('invite.another')}
            </Button>,
            <Button key="close" type="primary" onClick={close}>
              {t('invite.close')}
            </Button>,
          ]}
        />
      ) : (
        <>
          <Typography.Paragraph type="secondary">{t('invite.hint')}</Typography.Paragraph>
          {problem && <Alert type="error" showIcon role="alert" title={problem} className="form-alert" />}
          <Form<Values> form={form} layout="vertical" onFinish={(v) => void send(v)} initialValues={{ tier: 1, categories: [] }}>
            <Form.Item
              name="uscc"
              label={t('invite.uscc')}
              extra={t('invite.usccExtra')}
              validateTrigger={['onChange', 'onBlur']}
              rules={[{ required: true, message: t('uscc.required', { ns: 'invitation' }) }, { validator: checkUscc(false), validateTrigger: 'onChange' }, { validator: checkUscc(true), validateTrigger: 'onBlur' }]}
            >
              <Input autoComplete="off" maxLength={30} spellCheck={false} />
            </Form.Item>
            <Form.Item name="email" label={t('invite.email')} extra={t('invite.emailExtra')} rules={[{ required: true, type: 'email', message: t('invite.emailInvalid') }]}>
              <Input type="email" autoComplete="off" />
            </Form.Item>
            <Form.Item name="tier" label={t('invite.tier')} extra={t('invite.tierExtra')}>
              <Radio.Group options={[1, 2, 3].map((n) => ({ value: n, label: t('invite.tierValue', { tier: n }) }))} optionType="button" />
            </Form.Item>
            {tier > 1 && <ParentField chainId={chainId} tier={tier - 1} />}
            <Form.Item name="categories" label={t('invite.categories')} extra={t('invite.categoriesExtra')}>
              <Select mode="tags" tokenSeparators={[',', '，', '、']} open={false} suffixIcon={null} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={state.fetching}>
              {t('invite.submit')}
            </Button>
          </Form>
        </>
      )}
    </Drawer>
  );
}

function ParentField({ chainId, tier }: { chainId: string; tier: number }) {
  const { t } = useTranslation('onboarding');
  const [result] = useQuery({ query: ParentsDocument, variables: { chainId, tier } });
  const parents = (result.data?.industryChain.memberships.edges ?? []).map((e) => e.node).filter((m) => m.status !== 'EXITED');
  return (
    <Form.Item name="parentMembershipId" label={t('invite.parent')} extra={t('invite.parentExtra')} rules={[{ required: true, message: t('invite.parentRequired') }]}>
      <Select
        loading={result.fetching}
        notFoundContent={t('invite.parentNone', { tier })}
        options={parents.map((m) => ({ value: m.id, label: m.enterprise?.name ?? m.supplierUscc }))}
      />
    </Form.Item>
  );
}

function InviteLink({ link }: { link: string }) {
  const { t } = useTranslation('onboarding');
  const [copied, setCopied] = useState(false);
  return (
    <div className="invite-link">
      <Input readOnly value={link} aria-label={t('invite.link')} onFocus={(e) => e.target.select()} />
      <Button onClick={() => void navigator.clipboard?.writeText(link).then(() => setCopied(true))}>{copied ? t('invite.copied') : t('invite.copy')}</Button>
    </div>
  );
}
