import { Typography } from 'antd';
import { useId, type ReactNode } from 'react';

/** One section of the region console: a level-2 heading that names the section for assistive technology, an optional line on what it counts. */
export function RegionSection({ title, intro, children, className }: { title: string; intro?: ReactNode; children: ReactNode; className?: string }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className={className ? `region-section ${className}` : 'region-section'}>
      <Typography.Title level={2} id={id} className="region-section-title">
        {title}
      </Typography.Title>
      {intro && <p className="region-over">{intro}</p>}
      {children}
    </section>
  );
}
