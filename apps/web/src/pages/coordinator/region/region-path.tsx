import { Breadcrumb, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { divisionAncestors } from '@chainq/codes';
import { RegionNameDocument } from './region-documents';

/** Where a region's console lives: the coordinator's first region at `/region`, any other at `/region/areas/:code`. */
export function areaLink(code: string, watched: string[]): string {
  return code === watched[0] ? '/region' : `/region/areas/${code}`;
}

/** The codes from the watched region enclosing `code` down to `code` itself: a coordinator's own region is the top, never above it. */
export function pathWithin(code: string, watched: string[]): string[] {
  const chain = [...divisionAncestors(code), code];
  const top = chain.findIndex((c) => watched.includes(c));
  return top < 0 ? [code] : chain.slice(top);
}

/** A division's name as the reference list has it (its code until it arrives, or if it has gone). */
export function RegionName({ code }: { code: string }) {
  const [result] = useQuery({ query: RegionNameDocument, variables: { code } });
  return <>{result.data?.regions[0]?.name ?? code}</>;
}

/**
 * The region's place under the coordinator's own region, as breadcrumbs
 * (each level a link up); with more than one region watched, a choice
 * among them.
 */
export function RegionPath({ code, watched }: { code: string; watched: string[] }) {
  const { t } = useTranslation('coordinator-region');
  const navigate = useNavigate();
  const path = pathWithin(code, watched);
  // At the top of a single region the heading says it all; the sub-regions below are the way down.
  if (path.length === 1 && watched.length < 2) return null;
  return (
    <div className="region-path">
      <Breadcrumb
        aria-label={t('path.label')}
        items={path.map((c, i) => ({
          key: c,
          title:
            i < path.length - 1 ? (
              <Link to={areaLink(c, watched)}>
                <RegionName code={c} />
              </Link>
            ) : (
              <span aria-current="page">
                <RegionName code={c} />
              </span>
            ),
        }))}
      />
      {watched.length > 1 && (
        <Select
          aria-label={t('path.watched')}
          value={path[0]}
          onChange={(c: string) => navigate(areaLink(c, watched))}
          options={watched.map((w) => ({ value: w, label: <RegionName code={w} /> }))}
          style={{ minWidth: 160 }}
        />
      )}
    </div>
  );
}
