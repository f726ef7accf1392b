import { DownloadOutlined, EyeOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemsOf } from '../api/api-problem';
import { downloadFile, objectUrlOf } from '../api/rest';
import { useFormat } from '../format/format';
import { useProblemText } from './problem-text';
import './documents.css';

interface Doc {
  fileName: string;
  contentType: string;
  sizeBytes: number;
  downloadPath: string;
}

/** Whether this browser shows the file itself: images always, PDFs where it has a viewer (not on most phones). */
function previewable(doc: Doc): 'image' | 'pdf' | null {
  if (doc.contentType.startsWith('image/')) return 'image';
  const pdfViewer = (navigator as Navigator & { pdfViewerEnabled?: boolean }).pdfViewerEnabled ?? true;
  if (doc.contentType === 'application/pdf' && pdfViewer) return 'pdf';
  return null;
}

/** The document in the page where the browser can show it, with a download either way. */
export function DocumentPreview({ document: doc }: { document: Doc }) {
  const { t } = useTranslation('documents');
  const format = useFormat();
  const describe = useProblemText();
  const kind = previewable(doc);
  const [shown, setShown] = useState(false);
  const [url, setUrl] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [downloading, setDownloading] = useState(false);

  useEffect(() => {
    if (!shown || !kind) return;
    let revoked = false;
    let objectUrl: string | null = null;
    objectUrlOf(doc.downloadPath).then(
      (r) => {
        objectUrl = r.url;
        if (revoked) URL.revokeObjectURL(r.url);
        else setUrl(r.url);
      },
      (e: unknown) => setProblem(problemsOf(e).map(describe).join(' ')),
    );
    return () => {
      revoked = true;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [shown, kind, doc.downloadPath]);

  const download = async () => {
    setDownloading(true);
    setProblem(null);
    try {
      await downloadFile(doc.downloadPath, doc.fileName);
    } catch (e) {
      setProblem(problemsOf(e).map(describe).join(' '));
    } finally {
      setDownloading(false);
    }
  };

  return (
    <div className="document-preview">
      <Typography.Paragraph>
        {doc.fileName} <Typography.Text type="secondary">({format.fileSize(doc.sizeBytes)})</Typography.Text>
      </Typography.Paragraph>
      <Space wrap>
        {kind && !shown && (
          <Button icon={<EyeOutlined />} onClick={() => setShown(true)} aria-label={t('previewOf', { name: doc.fileName })}>
            {t('preview')}
          </Button>
        )}
        <Button icon={<DownloadOutlined />} loading={downloading} onClick={() => void download()} aria-label={t('downloadOf', { name: doc.fileName })}>
          {t('download')}
        </Button>
      </Space>
      {!kind && <Typography.Paragraph type="secondary">{t('noPreview')}</Typography.Paragraph>}
      {problem && <Alert type="error" showIcon title={problem} role="alert" className="document-problem" />}
      {shown && url && kind === 'pdf' && <iframe src={url} title={t('frameTitle', { name: doc.fileName })} className="document-frame" />}
      {shown && url && kind === 'image' && <img src={url} alt={doc.fileName} className="document-image" />}
    </div>
  );
}
