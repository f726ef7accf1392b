import { z } from 'zod';
import { badInput } from '@chainq/core';
import { StepCode } from './action-step.entity';
import { QualityReason } from './quality-reasons';

const text = z.string().trim().min(1);
const quantity = z.number().int().min(0);
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date such as 2026-12-01');
const action = z.object({ description: text, owner: text, dueOn: date, evidence: z.string().optional(), validated: z.boolean().optional() });

/** "Operator error" names who, not why: it is not accepted as a root cause (docs/domain-notes.md, "Corrective actions (8D) and their clocks"). */
const rootCause = text.refine((v) => !/^(operator|human|worker)\s+(error|mistake)\.?$/i.test(v) && !/^(人为|操作)(失误|错误)$/.test(v), {
  message: '"operator error" is not a root cause: ask why the process allowed it',
});

/** What each 8D step must contain before it can be submitted (docs/domain-notes.md, "Corrective actions (8D) and their clocks"). */
export const STEP_CONTENT: Record<StepCode, z.ZodType> = {
  [StepCode.D1]: z.object({ team: z.array(z.object({ name: text, role: text })).min(1, 'name at least the team champion') }),
  [StepCode.D2]: z.object({
    what: text, where: text, when: text, who: text, why: text, how: text, howMany: text,
    isIsNot: z.array(z.object({ aspect: text, is: text, isNot: text })).min(1, 'give at least one is / is-not comparison'),
  }),
  [StepCode.D3]: z.object({
    atCustomer: z.object({ quantity, action: text }),
    atSupplier: z.object({ quantity, action: text }),
    inTransit: z.object({ quantity, action: text }),
  }),
  [StepCode.D4]: z.object({
    occurrence: z.object({ whys: z.array(text).min(3, 'ask why at least three times'), rootCause }),
    escape: z.object({ whys: z.array(text).min(1), rootCause }),
  }),
  [StepCode.D5]: z.object({ actions: z.array(action).min(1), verification: text }),
  [StepCode.D6]: z.object({ actions: z.array(action).min(1), validation: text }),
  [StepCode.D7]: z.object({ documentsUpdated: z.array(text).min(1, 'name the FMEA, control plan or instructions updated'), controls: text }),
};

/** Checks a step's content for submission; the error names the first field at fault. */
export function validStepContent(step: StepCode, content: unknown): Record<string, unknown> {
  const parsed = STEP_CONTENT[step].safeParse(content);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw badInput(['content', ...issue.path].join('.'), issue.message, { reason: contentReason(issue, content), step });
  }
  return parsed.data as Record<string, unknown>;
}

/** Missing (absent, empty, too few entries), a refused root cause, or present in the wrong form. */
function contentReason(issue: z.core.$ZodIssue, content: unknown): QualityReason {
  if (issue.code === 'custom') return QualityReason.RootCauseNotAccepted;
  if (issue.code === 'too_small') return QualityReason.StepContentMissing;
  const value = issue.path.reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined), content);
  return issue.code === 'invalid_type' && (value === undefined || value === null) ? QualityReason.StepContentMissing : QualityReason.StepContentInvalid;
}
