/** Tag colours as solid fills with white text (each at least 5:1 on white), not antd's pale presets. */
export const SEVERITY_COLOUR = { CRITICAL: '#a8071a', MAJOR: '#ad4e00', MINOR: '#0958d9' } as const;
export const STATUS_COLOUR = { OPEN: '#0958d9', CLOSED: '#595959', EFFECTIVE: '#237804', CANCELLED: '#595959' } as const;
export const STEP_STATUS_COLOUR = { NOT_STARTED: '#595959', DRAFT: '#0958d9', SUBMITTED: '#ad4e00', APPROVED: '#237804', REJECTED: '#a8071a' } as const;
