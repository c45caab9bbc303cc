/**
 * Engagement (docs/methodology.md §3.3): pass when the month's ER so far reaches the target (3%), fail below it; unknown
 * with 'no-views' (no counted post with views), 'no-posts' (no counted post yet) or 'page-not-readable'.
 * The ER is an estimate: mass-followers, targeted views and story reactions cannot be filtered from a page.
 */
import type { CheckDefinition } from '../check';
import { isPageUnreadable } from '../posts';
import { CHECK_TITLES } from '../titles';

export const check: CheckDefinition = {
  id: 'engagement',
  title: CHECK_TITLES.engagement,
  appliesTo: () => true,
  evaluate: (page, { engagement, rules }) => {
    if (engagement.rate !== null) {
      return engagement.rate >= rules.erTarget
        ? { status: 'pass', reason: 'target-met' }
        : { status: 'fail', reason: 'below-target' };
    }
    if (engagement.postsInPeriod > 0) return { status: 'unknown', reason: 'no-views' };
    if (isPageUnreadable(page)) return { status: 'unknown', reason: 'page-not-readable' };
    return { status: 'unknown', reason: 'no-posts' };
  },
};
