/**
 * Minimum requirement «Описание» (methodology §1.5, §3.5):
 * present → pass, missing → fail, unknown → unknown with the reason ('not-detected', or 'page-not-readable' for a
 * closed/blocked page). Counts in minRequirements% only when the rule
 * set lists it.
 */
import type { CheckDefinition } from '../check';
import { isRequiredItem, presenceResult } from '../check';

export const check: CheckDefinition = {
  id: 'description',
  title: { ru: 'Описание', en: 'Description' },
  appliesTo: (_page, ctx) => isRequiredItem('description', ctx),
  evaluate: (page) => presenceResult(page.description, page),
};
