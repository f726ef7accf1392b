import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, List, Popover, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import type { NotificationSubject } from '../gql/graphql';
import { useFormat } from '../format/format';
import { PageError, PageLoading, PageEmpty } from '../ui/page-states';

const NotificationsDocument = graphql(`
  query Notifications {
    unread: notifications(unreadOnly: true, first: 1) {
      totalCount
    }
    notifications(first: 15) {
      edges {
        node {
          id
          kind
          params
          link {
            type
            id
          }
          createdAt
          readAt
        }
      }
    }
  }
`);

const MarkReadDocument = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids)
  }
`);

const POLL_MS = 60_000;

/** Where a notification's subject is shown in the web app. */
function pathOf(link: { type: NotificationSubject; id: string } | null | undefined): string | null {
  switch (link?.type) {
    case 'CORRECTIVE_ACTION':
      return `/actions/${link.id}`;
    case 'STANDARD_ACKNOWLEDGEMENT':
      return '/standards';
    case 'CHAIN_MEMBERSHIP':
    case 'ENTERPRISE':
      return '/qualification';
    case 'CERTIFICATION':
      return '/certificates';
    case 'INSPECTION_IMPORT':
    case 'INDUSTRY_CHAIN':
      return '/quality';
    default:
      return null;
  }
}

/** The bell: unread count, the latest notifications, and "mark all read". Polls once a minute while the page is open. */
export function NotificationBell() {
  const { t } = useTranslation();
  // The texts per kind load with the first page; until then the bell shows nothing it cannot say.
  const { t: say } = useTranslation('notifications', { useSuspense: false });
  const format = useFormat();
  const [open, setOpen] = useState(false);
  const [result, reexecute] = useQuery({ query: NotificationsDocument });
  const [, markRead] = useMutation(MarkReadDocument);
  useEffect(() => {
    const timer = setInterval(() => reexecute({ requestPolicy: 'network-only' }), POLL_MS);
    return () => clearInterval(timer);
  }, [reexecute]);

  const unread = result.data?.unread.totalCount ?? 0;
  const items = result.data?.notifications.edges.map((e) => e.node) ?? [];
  const unreadIds = items.filter((n) => !n.readAt).map((n) => n.id);
  const markAll = async () => {
    if (!unreadIds.length) return;
    await markRead({ ids: unreadIds });
    reexecute({ requestPolicy: 'network-only' });
  };

  const content = (
    <div className="bell-panel">
      {result.error && !result.data ? (
        <PageError error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : !result.data ? (
        <PageLoading rows={3} />
      ) : items.length === 0 ? (
        <PageEmpty title={t('bell.empty')} />
      ) : (
        <List
          size="small"
          dataSource={items}
          renderItem={(n) => {
            const params = (n.params ?? {}) as Record<string, unknown>;
            const title = say(`${n.kind}.title`, { ...params, defaultValue: '' });
            const body = say(`${n.kind}.body`, { ...params, defaultValue: '' });
            const path = pathOf(n.link);
            return (
              <List.Item className={n.readAt ? 'bell-read' : 'bell-unread'}>
                <List.Item.Meta
                  title={path ? <Link to={path} onClick={() => setOpen(false)}>{title}</Link> : title}
                  description={
                    <>
                      {body && <div>{body}</div>}
                      <Typography.Text type="secondary">{format.dateTime(n.createdAt)}</Typography.Text>
                    </>
                  }
                />
              </List.Item>
            );
          }}
        />
      )}
      <Button block type="link" disabled={!unreadIds.length} onClick={() => void markAll()}>
        {t('bell.markAllRead')}
      </Button>
    </div>
  );

  return (
    <Popover content={content} title={t('bell.title')} trigger="click" open={open} onOpenChange={setOpen} placement="bottomRight">
      <Button type="text" aria-label={t('bell.label', { count: unread })} icon={<Badge count={unread} size="small"><BellOutlined /></Badge>} />
    </Popover>
  );
}
