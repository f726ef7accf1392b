import { Button, List, Popconfirm, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useFormat } from '../../../format/format';
import { graphql } from '../../../gql';
import type { ProfileSharesQuery } from '../../../gql/graphql';
import { PageEmpty, QueryState } from '../../../ui/page-states';
import { useProblemText } from '../../../ui/problem-text';
import { problemsOf } from '../../../api/api-problem';
import { ToneTag } from '../../../ui/tone-tag';

const SharesDocument = graphql(`
  query ProfileShares {
    profileShares {
      id
      recipient
      purpose
      sections
      createdAt
      expiresAt
      revokedAt
      snapshotAt
      views {
        viewedAt
        viewerName
        refreshed
      }
    }
  }
`);

const RevokeDocument = graphql(`
  mutation RevokeProfileShare($id: ID!) {
    revokeProfileShare(id: $id) {
      id
      revokedAt
    }
  }
`);

type Share = ProfileSharesQuery['profileShares'][number];

function stateOf(share: Share, now = Date.now()): 'ACTIVE' | 'REVOKED' | 'EXPIRED' {
  if (share.revokedAt) return 'REVOKED';
  return Date.parse(share.expiresAt) <= now ? 'EXPIRED' : 'ACTIVE';
}

const TAG_COLOUR = { ACTIVE: 'green', REVOKED: 'default', EXPIRED: 'default' } as const;

/** The admin's shares, newest first: for whom, why, until when, every opening, and a revoke button on the live ones. */
export function ShareList() {
  const { t } = useTranslation('profile');
  const f = useFormat();
  const describe = useProblemText();
  const [result, reexecute] = useQuery({ query: SharesDocument, requestPolicy: 'cache-and-network' });
  const [revoking, revoke] = useMutation(RevokeDocument);
  const [problem, setProblem] = useState<string | null>(null);
  const onRevoke = async (id: string) => {
    setProblem(null);
    const res = await revoke({ id });
    if (res.error) setProblem(problemsOf(res.error).map(describe).join(' '));
    else reexecute({ requestPolicy: 'network-only' });
  };
  return (
    <QueryState result={result} onRetry={() => reexecute({ requestPolicy: 'network-only' })} rows={3}>
      {({ profileShares }) =>
        profileShares.length === 0 ? (
          <PageEmpty title={t('shares.empty')} hint={t('shares.emptyHint')} />
        ) : (
          <>
            {problem && <Typography.Text type="danger" role="alert">{problem}</Typography.Text>}
            <List
              dataSource={profileShares}
              rowKey="id"
              renderItem={(share) => {
                const state = stateOf(share);
                return (
                  <List.Item
                    actions={
                      state === 'ACTIVE'
                        ? [
                            <Popconfirm key="revoke" title={t('shares.revokeConfirm', { recipient: share.recipient })} okText={t('shares.revoke')} cancelText={t('create.cancel')} onConfirm={() => onRevoke(share.id)}>
                              <Button danger loading={revoking.fetching}>{t('shares.revoke')}</Button>
                            </Popconfirm>,
                          ]
                        : []
                    }
                  >
                    <List.Item.Meta
                      title={
                        <span>
                          {share.recipient} <ToneTag tone={TAG_COLOUR[state]}>{t(`shares.state.${state}`)}</ToneTag>
                        </span>
                      }
                      description={
                        <>
                          <div>{share.purpose}</div>
                          <div>{t('shares.facts', { sections: share.sections.map((s) => t(`section.${s}`)).join(t('shares.separator')), created: f.date(share.createdAt) })}</div>
                          <div>{t(`shares.until.${state}`, { at: f.dateTime(share.revokedAt ?? share.expiresAt) })}</div>
                          <details>
                            <summary>{t('shares.views', { count: share.views.length })}</summary>
                            {share.views.length === 0 ? (
                              <p>{t('shares.noViews')}</p>
                            ) : (
                              <ul>
                                {share.views.map((v) => (
                                  <li key={v.viewedAt}>
                                    {f.dateTime(v.viewedAt)} · {v.viewerName ?? t('shares.anonymous')}
                                    {v.refreshed ? ` · ${t('shares.refreshed')}` : ''}
                                  </li>
                                ))}
                              </ul>
                            )}
                          </details>
                        </>
                      }
                    />
                  </List.Item>
                );
              }}
            />
          </>
        )
      }
    </QueryState>
  );
}
