/**
 * Posting frequency (docs/methodology.md §3.2): fail as soon as an ended week failed (a missing «Госорганизация» mark
 * fails every ended week); pass when all four weeks passed; otherwise unknown — 'week-unreadable' when an ended
 * week's posts were not all read ('page-not-readable' for a closed/blocked page), else 'in-progress'.
 */
import type { CheckDefinition } from '../check';
import { isPageUnreadable } from '../posts';
import { CHECK_TITLES } from '../titles';

export const check: CheckDefinition = {
  id: 'frequency',
  title: CHECK_TITLES.frequency,
  appliesTo: () => true,
  evaluate: (page, { frequency }) => {
    if (page.govMark === 'missing') return { status: 'fail', reason: 'gov-mark-missing' };
    if (frequency.failed) return { status: 'fail', reason: 'week-failed' };
    if (frequency.allPassed) return { status: 'pass', reason: 'all-weeks-met' };
    if (frequency.unreadable) {
      return { status: 'unknown', reason: isPageUnreadable(page) ? 'page-not-readable' : 'week-unreadable' };
    }
    return { status: 'unknown', reason: 'in-progress' };
  },
};
