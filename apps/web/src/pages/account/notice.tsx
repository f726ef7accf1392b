import { CheckCircleFilled, CloseCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import type { ReactNode } from 'react';

const ICONS = { success: <CheckCircleFilled />, error: <CloseCircleFilled />, warning: <ExclamationCircleFilled /> };

/**
 * A one-line notice on the pages before sign-in, looking like antd's Alert.
 * Those pages are the first a user loads, on a phone too: this keeps Alert's
 * code (and its motion and close machinery) out of their JavaScript.
 */
export function Notice({ type, children }: { type: keyof typeof ICONS; children: ReactNode }) {
  return (
    <div className={`notice notice-${type}`} role={type === 'error' ? 'alert' : 'status'}>
      <span className="notice-icon" aria-hidden="true">
        {ICONS[type]}
      </span>
      <span>{children}</span>
    </div>
  );
}
