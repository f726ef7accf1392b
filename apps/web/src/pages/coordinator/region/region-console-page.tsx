import { Button, Col, Result, Row, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useQuery } from 'urql';
import { isWithinDivision, parseDivisionCode } from '@chainq/codes';
import { lastDayOf, useFormat } from '../../../format/format';
import { PageEmpty, QueryState } from '../../../ui/page-states';
import { lastTwelveMonths } from '../../home-figures';
import { chinaToday } from '../../../format/format';
import { RequireWorkspace } from '../../workspace-guard';
import { ClustersSection, type Cluster } from './clusters-section';
import { EnterpriseListSection } from './enterprise-list-section';
import { IssuesSection, ProblemsSection } from './issues-sections';
import { OutcomesSection } from './outcomes-section';
import { ProfileSections } from './profile-sections';
import { RegionAssignmentDocument, RegionConsoleDocument } from './region-documents';
import { RegionName, RegionPath } from './region-path';
import { SubRegionsSection } from './sub-regions-section';
import { TrendSection } from './trend-section';
import '../../home-figures.css';
import './region.css';

/**
 * The coordinator's console: at `/region` its own region, at
 * `/region/areas/:code` any division inside it. A division outside the
 * coordinator's regions is refused before any figure is asked for.
 */
export function RegionConsolePage() {
  return (
    <RequireWorkspace workspace="coordinator">
      <RegionConsole />
    </RequireWorkspace>
  );
}

function RegionConsole() {
  const { code: asked } = useParams();
  const [result, reexecute] = useQuery({ query: RegionAssignmentDocument });
  return (
    <div className="region-console">
      <QueryState result={result} onRetry={() => reexecute({ requestPolicy: 'network-only' })} rows={8}>
        {(data) => {
          const watched = data.myCoordinatorAssignment?.regionCodes ?? [];
          const clusters = data.industryClusters.edges.map((e) => e.node);
          if (asked !== undefined && !parseDivisionCode(asked).ok) return <Refusal code={asked} watched={watched} invalid />;
          if (asked !== undefined && !watched.some((w) => isWithinDivision(asked, w))) return <Refusal code={asked} watched={watched} />;
          const code = asked ?? watched[0];
          if (!code) return <NoRegion clusters={clusters} />;
          // Keyed by the region: another region's page starts with its own choices (figure compared, filters, page).
          return <RegionView key={code} code={code} watched={watched} clusters={clusters} />;
        }}
      </QueryState>
    </div>
  );
}

function RegionView({ code, watched, clusters }: { code: string; watched: string[]; clusters: Cluster[] }) {
  const { t } = useTranslation('coordinator-region');
  const format = useFormat();
  const period = useMemo(() => lastTwelveMonths(), []);
  const year = Number(chinaToday().slice(0, 4));
  const [result, reexecute] = useQuery({ query: RegionConsoleDocument, variables: { regionCode: code, ...period, year } });
  const overview = result.data?.regionOverview;
  // `to` is exclusive: the last day counted is the day before.
  const lastDay = lastDayOf(period);
  const parsed = parseDivisionCode(code);
  const county = parsed.ok && parsed.value.level === 'COUNTY';
  return (
    <>
      <Typography.Title level={1} className="page-title">
        {overview ? t('title', { name: overview.name }) : t('titleLoading')}
      </Typography.Title>
      <RegionPath code={code} watched={watched} />
      <Typography.Paragraph className="region-intro">{t('intro', { name: overview?.name ?? '', from: format.date(period.from), to: format.date(lastDay) })}</Typography.Paragraph>
      <QueryState result={result} onRetry={() => reexecute({ requestPolicy: 'network-only' })} rows={10}>
        {(data) => {
          const { regionOverview: o, programOutcomes } = data;
          return (
            <>
              <OutcomesSection outcomes={programOutcomes} />
              {!county && (
                <SubRegionsSection
                  code={code}
                  name={o.name}
                  period={period}
                  watched={watched}
                  targets={{ lotPassRate: o.pilot?.targetLotPassRate, firstPassYield: o.pilot?.targetFirstPassYield }}
                />
              )}
              <ProfileSections overview={o} outcomes={programOutcomes} />
              <TrendSection overview={o} />
              <Row gutter={[16, 0]}>
                <Col xs={24} xl={9}>
                  <IssuesSection issues={o.issues} />
                </Col>
                <Col xs={24} xl={15}>
                  <ProblemsSection problems={o.commonProblems} />
                </Col>
              </Row>
              <ClustersSection clusters={clusters} code={code} name={o.name} />
              <EnterpriseListSection code={code} name={o.name} />
            </>
          );
        }}
      </QueryState>
    </>
  );
}

/** A division outside the coordinator's regions (or no division at all): said plainly, with the way back; none of its figures asked for. */
function Refusal({ code, watched, invalid = false }: { code: string; watched: string[]; invalid?: boolean }) {
  const { t } = useTranslation('coordinator-region');
  const navigate = useNavigate();
  return (
    <Result
      status={invalid ? '404' : '403'}
      title={
        <Typography.Title level={1} className="refusal-title">
          {invalid ? t('invalid.title') : t('refused.title')}
        </Typography.Title>
      }
      subTitle={
        invalid ? (
          t('invalid.hint', { code })
        ) : (
          <>
            {t('refused.hint', { code })}
            {watched.length > 0 && (
              <span className="refused-watched">
                {' '}
                {t('refused.watched')}
                {watched.map((w, i) => (
                  <span key={w}>
                    {i > 0 && '、'}
                    <RegionName code={w} />
                  </span>
                ))}
              </span>
            )}
          </>
        )
      }
      extra={
        <Button type="primary" onClick={() => navigate('/region')}>
          {t('refused.back')}
        </Button>
      }
    />
  );
}

/** A coordinator with clusters but no region: says so, and lists the clusters. */
function NoRegion({ clusters }: { clusters: Cluster[] }) {
  const { t } = useTranslation('coordinator-region');
  return (
    <>
      <Typography.Title level={1} className="page-title">
        {t('titleLoading')}
      </Typography.Title>
      <PageEmpty title={t('nothing')} hint={t('nothingHint')} />
      {clusters.length > 0 && <ClustersSection clusters={clusters} name="" />}
    </>
  );
}
