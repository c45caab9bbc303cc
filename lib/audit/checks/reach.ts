/**
 * Audience reach (docs/methodology.md §3.4): members ÷ the audience size the user entered, capped at 100%. Pass at
 * `reachPassPercent` (100 by default), fail below; unknown until the size is entered ('input-missing') or when the
 * member count is unknown or too rough to decide ('members-unknown').
 */
import type { CheckDefinition } from '../check';
import { CHECK_TITLES } from '../titles';

export const check: CheckDefinition = {
  id: 'reach',
  title: CHECK_TITLES.reach,
  appliesTo: () => true,
  evaluate: (_page, { reach, rules }) => {
    if (reach.range === null) return { status: 'unknown', reason: reach.missing ?? 'members-unknown' };
    if (reach.range.min >= rules.reachPassPercent) return { status: 'pass', reason: 'target-met' };
    if (reach.range.max < rules.reachPassPercent) return { status: 'fail', reason: 'below-threshold' };
    return { status: 'unknown', reason: 'members-unknown' };
  },
};
