import { CODE_REASONS } from '@chainq/codes';
import { collectReasons, CORE_REASONS, ReasonRow } from '@chainq/core';
import { CREDIT_REASONS } from '@chainq/credit';
import { IDENTITY_REASONS } from '@chainq/identity';
import { INSIGHTS_REASONS } from '@chainq/insights';
import { INSPECTION_REASONS } from '@chainq/inspection';
import { QUALITY_REASONS } from '@chainq/quality';
import { REGISTRY_REASONS } from '@chainq/registry';
import { STANDARDS_REASONS } from '@chainq/standards';

/**
 * Every `extensions.reason` the API can answer, with its code, domain and meaning: printed to
 * docs/error-reasons.md by `npm run cli -- print-reasons`, and checked against the web app's translations.
 */
export const ERROR_REASONS: readonly ReasonRow[] = collectReasons([
  CORE_REASONS,
  CODE_REASONS,
  CREDIT_REASONS,
  IDENTITY_REASONS,
  INSIGHTS_REASONS,
  INSPECTION_REASONS,
  QUALITY_REASONS,
  REGISTRY_REASONS,
  STANDARDS_REASONS,
]);
