import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useViewer } from '../../../session/viewer';
import { RequireWorkspace } from '../../workspace-guard';
import { CommonProblems, isPeriod, type Period } from './common-problems';
import { SolutionLibrary } from './solution-library';
import './problems.css';

/**
 * The chain's common problems (a defect at two or more suppliers) and the
 * solution library: the effective 8Ds for a defect code. The period and the
 * chosen code live in the address, so a link shows the same view.
 */
export function ProblemsPage() {
  return (
    <RequireWorkspace workspace="leader">
      <Problems />
    </RequireWorkspace>
  );
}

function Problems() {
  const { t } = useTranslation('leader-problems');
  const viewer = useViewer();
  const chain = viewer.ledChains[0];
  const [params, setParams] = useSearchParams();
  const period: Period = isPeriod(params.get('period')) ? (params.get('period') as Period) : '90d';
  const code = params.get('code');
  const update = (next: { period?: Period; code?: string | null }) => {
    const merged = { period: next.period ?? period, code: next.code === undefined ? code : next.code };
    setParams({ ...(merged.period === '90d' ? {} : { period: merged.period }), ...(merged.code ? { code: merged.code } : {}) }, { replace: true });
  };
  const choose = (defectCode: string) => {
    update({ code: defectCode });
    // Keyboard and screen-reader users land where the solutions appear (on a phone it is below the fold).
    const heading = document.getElementById('library-heading');
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
  };
  return (
    <div className="problems-page">
      <Typography.Title level={1} className="page-title">
        {t('title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      <CommonProblems chainId={chain.id} chainName={chain.name} period={period} onPeriod={(p) => update({ period: p })} chosen={code} onChoose={choose} />
      <SolutionLibrary chainId={chain.id} code={code} onCode={(c) => update({ code: c })} />
    </div>
  );
}
