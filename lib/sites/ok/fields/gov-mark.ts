/**
 * The «Госорганизация» mark: its label as the title, tooltip or text of an element in the header blocks. OK's DOM for
 * the mark is not attested, so its absence is 'unknown', never 'missing'.
 */
import type { Presence } from '../../../types';
import { norm } from '../../core/text';
import { OK_TEXTS } from '../selectors';

export function readGovMark(headerElements: readonly Element[]): Presence {
  const target: readonly string[] = OK_TEXTS.govMark.words;
  for (const el of headerElements) {
    const labels = [el.getAttribute('title'), el.getAttribute('aria-label'), el.getAttribute('data-tooltip')];
    if (labels.some((l) => target.includes(norm(l)))) return 'present';
    if (el.children.length === 0 && target.includes(norm(el.textContent))) return 'present';
  }
  return 'unknown';
}
