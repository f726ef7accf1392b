import { isValidIndustryCode } from '@chainq/codes';
import { Alert, Button, Form, Input, InputNumber, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SizeClass } from '../../gql/graphql';
import { NewPasswordFields } from '../account/new-password-fields';
import { divisionOf, useUsccValidator } from '../../ui/uscc-check';

export interface RegistrationValues {
  uscc: string;
  name: string;
  industryCode: string;
  regionCode: string;
  sizeClassDeclared?: SizeClass;
  employees?: number;
  revenue10kCny?: number;
  totalAssets10kCny?: number;
  displayName: string;
  newPassword: string;
}

/** The API's field paths (`enterprise.uscc`, `account.password`) to this form's fields. */
export function registrationFieldOf(apiField: string): string[] | undefined {
  const last = apiField.split('.').pop()!;
  if (last === 'password') return ['newPassword'];
  return ['uscc', 'name', 'industryCode', 'regionCode', 'sizeClassDeclared', 'employees', 'revenue10kCny', 'totalAssets10kCny', 'displayName'].includes(last) ? [last] : undefined;
}

const SIZE_CLASSES: SizeClass[] = ['MICRO', 'SMALL', 'MEDIUM', 'LARGE'] as SizeClass[];

/**
 * A new supplier's enterprise and its first user. Every field says in plain
 * words what to type, with an example; the USCC is checked as it is typed.
 */
export function RegistrationForm({
  email,
  busy,
  problem,
  form,
  onSubmit,
}: {
  email: string;
  busy: boolean;
  problem: string | null;
  form: ReturnType<typeof Form.useForm<RegistrationValues>>[0];
  onSubmit: (values: RegistrationValues) => void;
}) {
  const { t } = useTranslation('invitation');
  const [regionFromUscc, setRegionFromUscc] = useState(false);
  const checkUscc = useUsccValidator();


  // The region is inside the USCC (positions 3-8): fill it while the user has not typed one.
  const onValuesChange = (changed: Partial<RegistrationValues>) => {
    if (changed.uscc === undefined) return;
    const division = divisionOf(changed.uscc);
    if (division && (!form.getFieldValue('regionCode') || regionFromUscc)) {
      form.setFieldValue('regionCode', division);
      setRegionFromUscc(true);
    }
  };

  return (
    <Form form={form} layout="vertical" onFinish={onSubmit} onValuesChange={onValuesChange} requiredMark={(label, { required }) => (
        <>
          {label}
          {!required && <span className="invitation-optional">{t('optional')}</span>}
        </>
      )}
      disabled={busy} scrollToFirstError>
      <h2 className="invitation-section">{t('register.enterprise')}</h2>
      <Form.Item
        name="uscc"
        label={t('field.uscc')}
        extra={t('help.uscc')}
        validateTrigger={['onChange', 'onBlur']}
        rules={[
          { required: true, message: t('uscc.required') },
          { validator: checkUscc(false), validateTrigger: 'onChange' },
          { validator: checkUscc(true), validateTrigger: 'onBlur' },
        ]}
      >
        <Input size="large" maxLength={24} autoComplete="off" spellCheck={false} autoCapitalize="characters" />
      </Form.Item>
      <Form.Item name="name" label={t('field.name')} extra={t('help.name')} rules={[{ required: true, whitespace: true, message: t('required.name') }]}>
        <Input size="large" maxLength={200} autoComplete="organization" />
      </Form.Item>
      <Form.Item
        name="industryCode"
        label={t('field.industryCode')}
        extra={t('help.industryCode')}
        normalize={(v: string) => v?.toUpperCase()}
        rules={[
          { required: true, message: t('required.industryCode') },
          { validator: (_, v: string) => (!v || isValidIndustryCode(v) ? Promise.resolve() : Promise.reject(new Error(t('invalid.industryCode')))), validateTrigger: 'onBlur' },
        ]}
        validateTrigger={['onChange', 'onBlur']}
      >
        <Input size="large" maxLength={8} autoComplete="off" spellCheck={false} />
      </Form.Item>
      <Form.Item
        name="regionCode"
        label={t('field.regionCode')}
        extra={regionFromUscc ? t('help.regionFromUscc') : t('help.regionCode')}
        rules={[{ required: true, pattern: /^\d{6}$/, message: t('invalid.regionCode') }]}
      >
        <Input size="large" maxLength={6} inputMode="numeric" autoComplete="off" onChange={() => setRegionFromUscc(false)} />
      </Form.Item>
      <Form.Item name="sizeClassDeclared" label={t('field.sizeClass')} extra={t('help.sizeClass')}>
        <Select size="large" allowClear placeholder={t('sizeClass.auto')} options={SIZE_CLASSES.map((c) => ({ value: c, label: t(`sizeClass.${c}`) }))} />
      </Form.Item>
      <Form.Item name="employees" label={t('field.employees')} extra={t('help.employees')}>
        <InputNumber size="large" min={0} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="revenue10kCny" label={t('field.revenue')} extra={t('help.revenue')}>
        <InputNumber size="large" min={0} style={{ width: '100%' }} suffix={t('unit10k')} />
      </Form.Item>
      <Form.Item name="totalAssets10kCny" label={t('field.assets')} extra={t('help.assets')}>
        <InputNumber size="large" min={0} style={{ width: '100%' }} suffix={t('unit10k')} />
      </Form.Item>

      <h2 className="invitation-section">{t('register.account')}</h2>
      <Form.Item label={t('field.email')} extra={t('help.email')} htmlFor="invited-email">
        <Input id="invited-email" size="large" value={email} readOnly autoComplete="username" />
      </Form.Item>
      <Form.Item name="displayName" label={t('field.displayName')} extra={t('help.displayName')} rules={[{ required: true, whitespace: true, message: t('required.displayName') }]}>
        <Input size="large" maxLength={120} autoComplete="name" />
      </Form.Item>
      <NewPasswordFields />
      {problem && <Alert type="error" showIcon title={problem} className="form-alert" role="alert" />}
      <Button type="primary" htmlType="submit" block size="large" loading={busy}>
        {t('register.submit')}
      </Button>
    </Form>
  );
}
