import { InboxOutlined } from '@ant-design/icons';
import { Alert, Upload, type UploadFile } from 'antd';
import { useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { problemsOf } from '../api/api-problem';
import { uploadFile } from '../api/rest';
import { useFormat } from '../format/format';
import { useProblemText } from './problem-text';
import './documents.css';

/** What POST /files answers. */
export interface UploadedDocument {
  id: string;
  fileName: string;
}
export type DocumentFile = UploadFile<UploadedDocument>;

/** What POST /files accepts (libs/documents content-types.ts), and its default size limit (FILE_MAX_BYTES). */
const ACCEPTED = ['pdf', 'docx', 'xlsx', 'png', 'jpg', 'jpeg'];
const MAX_BYTES = 20 * 1024 * 1024;

/** An already stored document as an entry of the list (a resubmission starts with the previous one's). */
export const storedDocumentFile = (d: { id: string; fileName: string; sizeBytes: number; contentType: string }): DocumentFile => ({
  uid: d.id,
  name: d.fileName,
  size: d.sizeBytes,
  type: d.contentType,
  status: 'done',
  response: { id: d.id, fileName: d.fileName },
});

/** The ids to send: the files uploaded and still in the list, in its order. */
export const documentIdsOf = (files: DocumentFile[] | undefined): string[] => (files ?? []).flatMap((f) => (f.status === 'done' && f.response ? [f.response.id] : []));
export const uploadingAny = (files: DocumentFile[] | undefined): boolean => (files ?? []).some((f) => f.status === 'uploading');

/**
 * Files uploaded as they are dropped or chosen (POST /files, with progress),
 * then sent by id with the form; each can be removed before it is sent. A
 * file of the wrong type or too large is refused here, in the user's
 * language, before it is sent. Works as a Form.Item control (value, onChange).
 */
export function DocumentUpload({
  value,
  onChange,
  hint,
  maxFiles,
  id,
  ref,
}: {
  value?: DocumentFile[];
  onChange?: (files: DocumentFile[]) => void;
  hint?: string;
  maxFiles?: number;
  id?: string;
  ref?: Ref<HTMLDivElement>;
}) {
  const { t } = useTranslation('documents');
  const format = useFormat();
  const describe = useProblemText();
  const [errors, setErrors] = useState<string[]>([]);
  const files = value ?? [];
  const refuse = (text: string) => setErrors((e) => [...e, text]);

  const uploadText = (name: string, error: unknown): string => {
    const problem = problemsOf(error)[0];
    if (problem?.code === 'BAD_USER_INPUT' && problem.field === 'file' && !problem.reason) return t('upload.refused', { name });
    return t('upload.named', { name, text: problem ? describe(problem) : '' });
  };

  return (
    <div ref={ref} className="document-upload">
      <Upload.Dragger<UploadedDocument>
        id={id}
        multiple
        // The file chooser offers the accepted types; a dropped file of another type is not dropped silently but refused with a message.
        accept={{ format: ACCEPTED.map((e) => `.${e}`).join(','), filter: 'native' }}
        fileList={files}
        beforeUpload={(file, batch) => {
          const ext = file.name.split('.').pop()?.toLowerCase() ?? '';
          if (batch.indexOf(file) === 0) setErrors([]);
          if (!ACCEPTED.includes(ext)) refuse(t('upload.type', { name: file.name }));
          else if (file.size > MAX_BYTES) refuse(t('upload.tooLarge', { name: file.name, max: format.fileSize(MAX_BYTES) }));
          else if (maxFiles !== undefined && files.length + batch.indexOf(file) >= maxFiles) refuse(t('upload.tooMany', { name: file.name, max: maxFiles }));
          else return true;
          return Upload.LIST_IGNORE;
        }}
        onChange={({ fileList }) => onChange?.(fileList.filter((f) => f.status !== 'error'))}
        customRequest={({ file, onProgress, onSuccess, onError }) => {
          const f = file as File;
          uploadFile<UploadedDocument>('/files', f, (p) => onProgress?.({ percent: Math.round((p.loaded / Math.max(1, p.total)) * 100) })).then(
            (doc) => onSuccess?.(doc),
            (error: unknown) => {
              refuse(uploadText(f.name, error));
              onError?.(error as Error);
            },
          );
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined aria-hidden />
        </p>
        <p className="ant-upload-text">{t('upload.drop')}</p>
        {hint && <p className="ant-upload-hint">{hint}</p>}
      </Upload.Dragger>
      {errors.length > 0 && (
        <Alert className="document-upload-errors" type="error" showIcon role="alert" title={t('upload.failed')} description={errors.map((e, i) => <div key={i}>{e}</div>)} />
      )}
    </div>
  );
}
