/**
 * Minimum requirement «Аватар» (docs/methodology.md §1.5, §3.5):
 * present → pass, missing → fail, unknown → unknown with the reason ('not-detected', or 'page-not-readable' for a
 * closed/blocked page). Counts in minRequirements% only when the rule
 * set lists it.
 */
import type { CheckDefinition } from '../check';
import { isRequiredItem, presenceResult } from '../check';
import { CHECK_TITLES } from '../titles';

export const check: CheckDefinition = {
  id: 'avatar',
  title: CHECK_TITLES.avatar,
  appliesTo: (_page, ctx) => isRequiredItem('avatar', ctx),
  evaluate: (page) => presenceResult(page.avatar, page),
};
