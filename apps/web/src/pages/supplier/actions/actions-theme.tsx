import { ConfigProvider } from 'antd';
import type { ReactNode } from 'react';

/**
 * antd's default secondary text (45% black) and link blue (#1677ff) fall
 * short of WCAG AA contrast on white; these pages carry much of both (help
 * under every field, clocks, links), so they use darker shades.
 */
const THEME = { token: { colorTextDescription: '#595959', colorTextTertiary: '#595959', colorLink: '#0958d9', colorPrimary: '#0958d9', colorInfo: '#0958d9' } };

export function ActionsTheme({ children }: { children: ReactNode }) {
  return <ConfigProvider theme={THEME}>{children}</ConfigProvider>;
}

/** Tag colours as solid fills with white text (each at least 5:1 on white), not antd's pale presets. */
export const SEVERITY_COLOUR = { CRITICAL: '#a8071a', MAJOR: '#ad4e00', MINOR: '#0958d9' } as const;
export const STATUS_COLOUR = { OPEN: '#0958d9', CLOSED: '#595959', EFFECTIVE: '#237804', CANCELLED: '#595959' } as const;
export const STEP_STATUS_COLOUR = { NOT_STARTED: '#595959', DRAFT: '#0958d9', SUBMITTED: '#ad4e00', APPROVED: '#237804', REJECTED: '#a8071a' } as const;
