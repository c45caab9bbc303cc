/**
 * «Госорганизация» mark (docs/methodology.md §3.6). Missing → the group would be #Н/Д (not in the federal export): the most
 * severe warning, every ended week fails. Unknown → weeks are evaluated normally, the UI asks to check the mark.
 */
import type { CheckDefinition } from '../check';
import { isPageUnreadable } from '../posts';
import { CHECK_TITLES } from '../titles';

export const check: CheckDefinition = {
  id: 'gov-mark',
  title: CHECK_TITLES['gov-mark'],
  appliesTo: () => true,
  evaluate: (page) => {
    if (page.govMark === 'present') return { status: 'pass', reason: 'present' };
    if (page.govMark === 'missing') return { status: 'fail', reason: 'gov-mark-missing' };
    return { status: 'unknown', reason: isPageUnreadable(page) ? 'page-not-readable' : 'not-detected' };
  },
};
