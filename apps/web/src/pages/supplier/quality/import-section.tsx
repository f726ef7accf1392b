import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Alert, Button, List, Progress, Space, Typography, Upload } from 'antd';
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { downloadFile, uploadFile } from '../../../api/rest';
import { problemsOf } from '../../../api/api-problem';
import { useProblemText } from '../../../ui/problem-text';
import { QualityImportDocument } from './quality-documents';
import { columnHeader, importColumns, rowErrorKey, templateCsv } from './lot-labels';

const POLL_MS = 1000;

/** A CSV/XLSX of lots: upload with progress, then follow the import until it is done, with the refused rows and their report. */
export function ImportSection({ chainId, onImported, withSupplier = false }: { chainId: string; onImported: () => void; /** A chain leader's import: each row names its supplier by USCC. */ withSupplier?: boolean }) {
  const { t, i18n } = useTranslation('quality');
  const describe = useProblemText();
  const [upload, setUpload] = useState<{ name: string; percent: number } | null>(null);
  const [importId, setImportId] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const start = async (file: File) => {
    setProblem(null);
    setImportId(null);
    setUpload({ name: file.name, percent: 0 });
    try {
      const answer = await uploadFile<{ id: string }>(`/inspection-imports?chainId=${encodeURIComponent(chainId)}`, file, (p) =>
        setUpload({ name: file.name, percent: p.total ? Math.round((p.loaded / p.total) * 100) : 0 }),
      );
      setImportId(answer.id);
    } catch (error) {
      setProblem(problemsOf(error).map(describe).join(' '));
    } finally {
      setUpload(null);
    }
  };

  const downloadTemplate = () => {
    const url = URL.createObjectURL(templateCsv(i18n.language, withSupplier));
    const a = Object.assign(document.createElement('a'), { href: url, download: t('import.templateFile') });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  return (
    <section aria-labelledby="import-heading" className="quality-section">
      <Typography.Title level={2} id="import-heading" className="section-title">
        {t('tabs.import')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('import.intro')}</Typography.Paragraph>
      <Typography.Paragraph type="secondary" className="import-columns">
        {t('import.columns')}
        {importColumns(withSupplier).map((c) => `${columnHeader(c, i18n.language)}${c.required ? t('import.requiredMark') : ''}`).join(t('import.columnSeparator'))}
      </Typography.Paragraph>
      <Space wrap className="import-template">
        <Button icon={<DownloadOutlined />} onClick={downloadTemplate}>
          {t('import.template')}
        </Button>
        <Typography.Text type="secondary">{t('import.templateHint')}</Typography.Text>
      </Space>
      <Upload.Dragger
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        multiple={false}
        showUploadList={false}
        disabled={upload !== null}
        beforeUpload={(file) => {
          void start(file);
          return Upload.LIST_IGNORE;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined aria-hidden />
        </p>
        <p className="ant-upload-text">{t('import.choose')}</p>
        <p className="ant-upload-hint">{t('import.chooseHint')}</p>
      </Upload.Dragger>
      {upload && (
        <div className="import-progress">
          <div>{t('import.uploading', { name: upload.name })}</div>
          <Progress percent={upload.percent} status="active" aria-label={t('import.progressLabel')} />
        </div>
      )}
      {problem && <Alert type="error" showIcon title={problem} className="form-alert" />}
      {importId && <ImportProgress id={importId} onFinished={onImported} />}
    </section>
  );
}

function ImportProgress({ id, onFinished }: { id: string; onFinished: () => void }) {
  const { t } = useTranslation('quality');
  const describe = useProblemText();
  const [result, reexecute] = useQuery({ query: QualityImportDocument, variables: { id }, requestPolicy: 'network-only' });
  const found = result.data?.inspectionImport;
  const finished = found?.status === 'DONE' || found?.status === 'FAILED';
  useEffect(() => {
    if (finished || result.fetching) return;
    const timer = setTimeout(() => reexecute({ requestPolicy: 'network-only' }), POLL_MS);
    return () => clearTimeout(timer);
  }, [finished, result.fetching, result.data, reexecute]);
  // Told once per import, whatever the identity of the callback the parent passes.
  const told = useRef(false);
  useEffect(() => {
    if (!finished || told.current) return;
    told.current = true;
    onFinished();
  }, [finished, onFinished]);

  if (result.error && !found) return <Alert type="error" showIcon title={problemsOf(result.error).map(describe).join(' ')} className="form-alert" />;
  if (!found) return <Progress percent={0} status="active" aria-label={t('import.progressLabel')} />;
  const summary = t('import.summary', { read: found.rowsRead, inserted: found.rowsInserted, duplicate: found.rowsDuplicate, invalid: found.rowsInvalid });
  const heading = found.status === 'DONE' ? t('import.done') : found.status === 'FAILED' ? t('import.failed') : found.status === 'QUEUED' ? t('import.queued') : t('import.processing', { read: found.rowsRead });
  return (
    <div className="import-progress" aria-live="polite">
      <Typography.Title level={3} className="import-status">
        {heading}
      </Typography.Title>
      <Progress
        percent={finished ? 100 : found.status === 'QUEUED' ? 5 : 50}
        status={found.status === 'FAILED' ? 'exception' : finished ? (found.rowsInvalid ? 'normal' : 'success') : 'active'}
        showInfo={finished}
        aria-label={t('import.progressLabel')}
      />
      <p className="import-summary">{summary}</p>
      {found.status === 'FAILED' && <Alert type="warning" showIcon title={t('import.failedHint')} className="form-alert" />}
      {found.errors.length > 0 && (
        <>
          <Typography.Title level={4} className="import-refused-title">
            {t('import.refused', { count: found.errors.length })}
          </Typography.Title>
          <List
            size="small"
            className="import-refused"
            dataSource={found.errors}
            renderItem={(e) => (
              <List.Item>
                {t('import.refusedRow', {
                  row: e.row,
                  column: t(`column.${e.field}`, { defaultValue: e.field }),
                  text: t(`rowError.${rowErrorKey(e.field)}`, { defaultValue: t('rowError.other') }),
                })}
              </List.Item>
            )}
          />
        </>
      )}
      {finished && found.rowsInvalid > 0 && (
        <Button icon={<DownloadOutlined />} onClick={() => void downloadFile(found.errorReportUrl, 'errors.csv')}>
          {t('import.download')}
        </Button>
      )}
    </div>
  );
}
