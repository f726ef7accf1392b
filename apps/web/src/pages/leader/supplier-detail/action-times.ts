const HOUR = 3600_000;

interface ActionLike {
  requestedAt: string;
  closedAt?: string | null;
  steps: { step: string; submittedAt?: string | null }[];
}

/**
 * One 8D's response times, measured as the API's corrective-action metrics measure them (their means are over
 * these): hours from the request to the D3 containment being handed in, and days from the request to closure;
 * null while not yet done.
 */
export function responseTimes(action: ActionLike): { containmentHours: number | null; closureDays: number | null } {
  const requested = Date.parse(action.requestedAt);
  const d3 = action.steps.find((s) => s.step === 'D3')?.submittedAt;
  return {
    containmentHours: d3 ? (Date.parse(d3) - requested) / HOUR : null,
    closureDays: action.closedAt ? (Date.parse(action.closedAt) - requested) / (24 * HOUR) : null,
  };
}
