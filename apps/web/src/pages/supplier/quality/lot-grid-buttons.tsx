import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';

/** The most rows one save takes (the API's batch is larger; a grid this long is already a file's job). */
const MAX_ROWS = 50;

/** A lot grid row's remove button: never the last row. */
export function RemoveRowButton({ n, rows, onRemove }: { n: number; rows: number; onRemove: () => void }) {
  const { t } = useTranslation('quality');
  return <Button className="remove-row" icon={<DeleteOutlined />} aria-label={t('record.removeRow', { n })} title={t('record.removeRow', { n })} disabled={rows === 1} onClick={onRemove} />;
}

/** Below a lot grid: add a row, and save them all. */
export function LotGridActions({ rows, onAdd, saving }: { rows: number; onAdd: () => void; saving: boolean }) {
  const { t } = useTranslation('quality');
  return (
    <div className="record-actions">
      <Button icon={<PlusOutlined />} onClick={onAdd} disabled={rows >= MAX_ROWS}>
        {t('record.addRow')}
      </Button>
      <Button type="primary" htmlType="submit" loading={saving}>
        {t('record.submit')}
      </Button>
    </div>
  );
}
