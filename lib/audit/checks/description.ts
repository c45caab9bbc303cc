/**
 * Minimum requirement «Описание» (docs/methodology.md §1.5, §3.5):
 * present → pass, missing → fail, unknown → unknown with the reason ('not-detected', or 'page-not-readable' for a
 * closed/blocked page). Counts in minRequirements% only when the rule
 * set lists it.
 */
import type { CheckDefinition } from '../check';
import { isRequiredItem, presenceResult } from '../check';
import { CHECK_TITLES } from '../titles';

export const check: CheckDefinition = {
  id: 'description',
  title: CHECK_TITLES.description,
  appliesTo: (_page, ctx) => isRequiredItem('description', ctx),
  evaluate: (page) => presenceResult(page.description, page),
};
