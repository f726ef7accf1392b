import { Typography } from 'antd';
import { useId, type ReactNode } from 'react';

/** One section of the cluster page: a level-2 heading that names the region it labels, what it is over, and its content. */
export function ClusterSection({ title, over, actions, children }: { title: string; over?: string; actions?: ReactNode; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="cluster-section">
      <div className="cluster-section-header">
        <Typography.Title level={2} id={id} className="cluster-section-title">
          {title}
        </Typography.Title>
        {actions}
      </div>
      {over && <p className="cluster-over">{over}</p>}
      {children}
    </section>
  );
}
