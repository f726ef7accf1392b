/**
 * Notes the API writes itself on a membership's history (the rest are the
 * leader's or supplier's own words, shown as written), as a translation key
 * with the values it carries. Each workspace words them from its own side.
 */
const EXACT: Record<string, string> = {
  invited: 'invited',
  'invited again': 'invitedAgain',
  'invitation accepted': 'accepted',
  'invitation accepted; enterprise claim confirmed': 'acceptedClaim',
  'qualification approved': 'approved',
  reinstated: 'reinstated',
  'invitation cancelled': 'cancelled',
};

const PATTERNS: [RegExp, string, string][] = [
  [/^invitation sent again to (.+)$/, 'resent', 'email'],
  [/^invitation cancelled: (.+)$/, 'cancelledWhy', 'reason'],
];

export interface SystemNote {
  key: string;
  values: Record<string, string>;
}

export function systemNote(reason: string): SystemNote | null {
  if (EXACT[reason]) return { key: EXACT[reason], values: {} };
  for (const [pattern, key, name] of PATTERNS) {
    const match = pattern.exec(reason);
    if (match) return { key, values: { [name]: match[1] } };
  }
  return null;
}

/** A history note in the reader's words: a system note translated under `prefix`, anything else as written. */
export function noteText(reason: string | null | undefined, t: (key: string, values?: Record<string, string>) => string, prefix: string): string | null {
  if (!reason) return null;
  const note = systemNote(reason);
  return note ? t(`${prefix}.${note.key}`, note.values) : reason;
}
