import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Form, Select, Tabs, Typography } from 'antd';
import { useViewer } from '../../../session/viewer';
import { PageEmpty, QueryState } from '../../../ui/page-states';
import { QualityChainsDocument } from './quality-documents';
import { PassRateSection } from './pass-rate-section';
import { LotsSection } from './lots-section';
import { RecordLotsForm } from './record-lots-form';
import { ImportSection } from './import-section';
import './quality.css';

/** Memberships whose lots the supplier has or can record: every chain it got into (an exited chain keeps its history). */
const WITH_LOTS = new Set(['ACTIVE', 'SUSPENDED', 'EXITED']);

/**
 * The grid's hints, placeholders and errors are many small grey and red texts, and a hovered button's text is light
 * blue: darker than antd's defaults so each reaches 4.5:1 on white (WCAG 1.4.3). Everything else inherits the app's theme.
 */

/** The supplier's own quality per chain: pass-rate trend, its lots, recording lots and importing a file of them. */
export function QualityPage() {
  const { t } = useTranslation('quality');
  const { me } = useViewer();
  const [result, reexecute] = useQuery({ query: QualityChainsDocument });
  const [chosen, setChosen] = useState<string | null>(null);
  const [tab, setTab] = useState('trend');
  // Bumped when lots were added, so the figures and the list ask the server again.
  const [refresh, setRefresh] = useState(0);
  const changed = useCallback(() => setRefresh((n) => n + 1), []);

  return (
    <>
      <Typography.Title level={1} className="page-title">
        {t('title')}
      </Typography.Title>
      <QueryState
        result={result}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        isEmpty={(d) => !d.myMemberships.some((m) => WITH_LOTS.has(m.status))}
        empty={<PageEmpty title={t('noChains')} hint={t('noChainsHint')} />}
      >
        {(data) => {
          const chains = data.myMemberships.filter((m) => WITH_LOTS.has(m.status)).map((m) => m.chain);
          const chain = chains.find((c) => c.id === chosen) ?? chains[0];
          return (
            <>
              {chains.length > 1 ? (
                <Form layout="inline" className="quality-chain">
                  <Form.Item label={t('chain')} htmlFor="quality-chain" tooltip={t('chainHint')}>
                    <Select id="quality-chain" value={chain.id} onChange={setChosen} options={chains.map((c) => ({ value: c.id, label: c.name }))} style={{ minWidth: 240 }} />
                  </Form.Item>
                </Form>
              ) : (
                <p className="quality-chain">
                  {t('chain')}：<strong>{chain.name}</strong>
                </p>
              )}
              <Tabs
                key={chain.id}
                activeKey={tab}
                onChange={setTab}
                items={[
                  { key: 'trend', label: t('tabs.trend'), children: <PassRateSection scope={{ kind: 'CHAIN_SUPPLIER', id: `${chain.id}:${me.organisation.id}` }} chainId={chain.id} chainName={chain.name} refresh={refresh} /> },
                  { key: 'lots', label: t('tabs.lots'), children: <LotsSection chainId={chain.id} refresh={refresh} /> },
                  { key: 'record', label: t('tabs.record'), children: <RecordLotsForm chainId={chain.id} supplierId={me.organisation.id} onRecorded={changed} /> },
                  { key: 'import', label: t('tabs.import'), children: <ImportSection chainId={chain.id} onImported={changed} /> },
                ]}
              />
            </>
          );
        }}
      </QueryState>
    </>
  );
}
