import { Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../../../session/viewer';
import { ImportSection } from '../../supplier/quality/import-section';
import { LotsSection } from '../../supplier/quality/lots-section';
import { RequireWorkspace } from '../../workspace-guard';
import { IncomingLotsForm } from './incoming-lots-form';
import { SamplingCalculator } from './sampling-calculator';
import { SwitchingStates } from './switching-states';
import '../../supplier/quality/quality.css';
import '../suppliers/suppliers.css';

/** The chain's inspection: record or import incoming lots for its suppliers, read and export every lot, the sampling-plan calculator, and each part's switching state. */
export function InspectionPage() {
  return (
    <RequireWorkspace workspace="leader">
      <Inspection />
    </RequireWorkspace>
  );
}

function Inspection() {
  const { t } = useTranslation('leader-inspection');
  const viewer = useViewer();
  const chainId = viewer.ledChains[0].id;
  const mayAct = viewer.can('ENTERPRISE_ADMIN') || viewer.can('QUALITY_ENGINEER');
  const [refresh, setRefresh] = useState(0);
  const imported = useCallback(() => setRefresh((n) => n + 1), []);
  return (
    <div className="quality-page">
      <Typography.Title level={1} className="page-title">
        {t('title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      {mayAct && <IncomingLotsForm chainId={chainId} onRecorded={imported} />}
      {mayAct && <ImportSection chainId={chainId} withSupplier onImported={imported} />}
      <LotsSection chainId={chainId} refresh={refresh} />
      <SamplingCalculator />
      <SwitchingStates chainId={chainId} mayAct={mayAct} />
    </div>
  );
}
