import { Tag } from 'antd';
import type { ReactNode } from 'react';
import './tone-tag.css';

export type Tone = 'gold' | 'blue' | 'green' | 'orange' | 'cyan' | 'red' | 'default';

/** A status tag whose text keeps AA contrast on its tint (antd's preset tag colours are too light for small text). */
export function ToneTag({ tone, children }: { tone: Tone; children: ReactNode }) {
  return <Tag className={`tone-tag tone-${tone}`}>{children}</Tag>;
}
