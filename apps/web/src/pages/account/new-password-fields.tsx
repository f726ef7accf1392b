import { Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { PasswordInput } from './plain-inputs';

export const MIN_PASSWORD_LENGTH = 10;

/** New password twice; the second must match. The API checks the length again. */
export function NewPasswordFields() {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item
        name="newPassword"
        label={t('password.new')}
        extra={t('password.rule', { min: MIN_PASSWORD_LENGTH })}
        rules={[{ required: true, min: MIN_PASSWORD_LENGTH, message: t('password.rule', { min: MIN_PASSWORD_LENGTH }) }]}
      >
        <PasswordInput autoComplete="new-password" size="large" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={t('password.confirm')}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('password.confirmRequired') },
          ({ getFieldValue }) => ({
            validator: (_, value) => (!value || value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('password.mismatch')))),
          }),
        ]}
      >
        <PasswordInput autoComplete="new-password" size="large" />
      </Form.Item>
    </>
  );
}
