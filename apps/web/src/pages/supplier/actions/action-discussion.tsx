import { PaperClipOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Form, Input, List, Row, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { downloadFile } from '../../../api/rest';
import { useFormat } from '../../../format/format';
import { graphql } from '../../../gql';
import type { CorrectiveActionStatus, SupplierActionDetailQuery } from '../../../gql/graphql';
import { DocumentUpload, documentIdsOf, uploadingAny, type DocumentFile } from '../../../ui/document-upload';
import { showFormProblems } from '../../../ui/form-problems';
import { useProblemText } from '../../../ui/problem-text';

/** What addCorrectiveActionComment accepts: its text and evidence files. */
const MAX_COMMENT_LENGTH = 4000;
const MAX_COMMENT_DOCUMENTS = 10;

const AddCommentDocument = graphql(`
  mutation SupplierActionAddComment($actionId: ID!, $body: String!, $documentIds: [ID!]!) {
    addCorrectiveActionComment(actionId: $actionId, body: $body, documentIds: $documentIds) {
      id
    }
  }
`);

type Event = SupplierActionDetailQuery['correctiveAction']['timeline'][number];

/** Comments with evidence files (uploaded first, then attached by id), and every change to the 8D with who made it. */
export function ActionDiscussion({ actionId, actionStatus, timeline, onChanged }: { actionId: string; actionStatus: CorrectiveActionStatus; timeline: Event[]; onChanged: () => void }) {
  const { t } = useTranslation('actions');
  const comments = timeline.filter((e) => e.type === 'COMMENTED');
  return (
    <Row gutter={[24, 16]} className="action-discussion">
      <Col xs={24} md={14}>
        <Card title={<Typography.Title level={2} className="card-title">{t('comments.title')}</Typography.Title>}>
          <CommentList comments={comments} />
          {actionStatus !== 'CANCELLED' && <CommentForm actionId={actionId} onPosted={onChanged} />}
        </Card>
      </Col>
      <Col xs={24} md={10}>
        <Card title={<Typography.Title level={2} className="card-title">{t('timeline.title')}</Typography.Title>}>
          <EventTimeline events={timeline} />
        </Card>
      </Col>
    </Row>
  );
}

function CommentList({ comments }: { comments: Event[] }) {
  const { t } = useTranslation('actions');
  const f = useFormat();
  if (!comments.length) return <p className="comments-empty">{t('comments.empty')}</p>;
  return (
    <List
      className="comment-list"
      dataSource={comments}
      renderItem={(c) => (
        <List.Item key={c.id}>
          <div className="comment">
            <div className="comment-head">
              <strong>{c.actorName ?? t('timeline.system')}</strong>
              <span className="comment-time">{f.dateTime(c.at)}</span>
            </div>
            <div className="comment-body">{(c.after as { body?: string } | null)?.body}</div>
            {c.documents.map((d) => (
              <Button key={d.id} type="link" icon={<PaperClipOutlined />} className="comment-file" onClick={() => void downloadFile(d.downloadPath, d.fileName)}>
                {d.fileName}（{f.fileSize(d.sizeBytes)}）
              </Button>
            ))}
          </div>
        </List.Item>
      )}
    />
  );
}

function CommentForm({ actionId, onPosted }: { actionId: string; onPosted: () => void }) {
  const { t } = useTranslation('actions');
  const describe = useProblemText();
  const [form] = Form.useForm<{ body: string }>();
  const [files, setFiles] = useState<DocumentFile[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [posting, post] = useMutation(AddCommentDocument);

  const submit = async ({ body }: { body: string }) => {
    setFailure(null);
    const documentIds = documentIdsOf(files);
    const result = await post({ actionId, body: body ?? '', documentIds });
    if (result.error) {
      const rest = showFormProblems(form, result.error, describe, (field) => (field === 'body' ? ['body'] : undefined));
      if (rest.length) setFailure(rest.map(describe).join(' '));
      return;
    }
    form.resetFields();
    setFiles([]);
    onPosted();
  };

  return (
    <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} className="comment-form">
      <Form.Item name="body" label={t('comments.body.label')} extra={t('comments.body.extra')} rules={[{ required: true, whitespace: true, message: t('comments.body.required') }]}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={MAX_COMMENT_LENGTH} showCount />
      </Form.Item>
      <Form.Item label={t('upload.label')} extra={t('upload.extra')}>
        <DocumentUpload value={files} onChange={setFiles} hint={t('upload.hint')} maxFiles={MAX_COMMENT_DOCUMENTS} />
      </Form.Item>
      {failure && <Alert className="form-alert" type="error" showIcon role="alert" title={failure} />}
      <Button type="primary" htmlType="submit" size="large" loading={posting.fetching} disabled={uploadingAny(files)}>
        {t('comments.post')}
      </Button>
    </Form>
  );
}

function EventTimeline({ events }: { events: Event[] }) {
  const { t } = useTranslation('actions');
  const f = useFormat();
  const items = [...events].reverse().map((e) => {
    const after = (e.after ?? {}) as { step?: string; level?: number };
    const name = e.actorName ?? t('timeline.system');
    return {
      key: e.id,
      color: e.type === 'STEP_REJECTED' || e.type === 'ESCALATED' ? 'red' : e.type === 'STEP_APPROVED' || e.type === 'CLOSED' || e.type === 'EFFECTIVE' ? 'green' : 'blue',
      content: (
        <div className="event">
          <div>{t(`event.${e.type}`, { name, step: after.step ? t(`step.${after.step}`) : '', level: after.level ?? '', defaultValue: t('event.other', { name }) })}</div>
          <div className="event-time">{f.dateTime(e.at)}</div>
        </div>
      ),
    };
  });
  return <Timeline items={items} />;
}
