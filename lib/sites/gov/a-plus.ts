/**
 * The platform's «А+» mark: since October 2025 VK and OK confirm a registered page's ownership through their own
 * service and then show «А+» next to its name, with a link reading «Включена Роскомнадзором в перечень» to the
 * registry entry (`gosuslugi.ru/snet/…`). Shared by the VK and OK readers; docs/rkn-registration.md.
 *
 * No captured page documents the mark's markup on any layout yet, so the evidence is text: the «А+» glyph (Cyrillic
 * or Latin A) as an element's whole text, `title`, `aria-label` or tooltip; the «Включена Роскомнадзором в перечень»
 * text; a header link to `gosuslugi.ru/snet/…`. The mark is 'missing' only on a layout whose marker is documented
 * (`documented` selectors, from the site's selectors.ts) and whose header was read without it; otherwise its absence
 * proves nothing and the answer is 'unknown' — a registered page must never be told it is unregistered.
 */
import type { Presence } from '../../types';
import { unwrapLink } from '../framework';
import { registryLinkOf } from './registry';

/** «А+» as a whole text: Cyrillic А or Latin A, an optional space, a plus (also the full-width plus). */
const GLYPH = /^[АA]\s?[+＋]$/;
const LISTED = /включена\s+роскомнадзором\s+в\s+перечень/i;
const LABEL_ATTRS = ['title', 'aria-label', 'data-tooltip', 'alt'] as const;

const squash = (s: string | null | undefined) => (s ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

export interface APlusReading {
  value: Presence;
  /** What showed it (recorded in the page's `sources`), null when nothing did. */
  source: string | null;
}

function matchesAny(el: Element, selectors: readonly string[]): string | null {
  for (const css of selectors) {
    try {
      if (el.matches(css)) return css;
    } catch {
      // an invalid selector matches nothing
    }
  }
  return null;
}

/**
 * Whether the «А+» mark shows among `elements` (every element of the page's header areas, where the mark renders next
 * to the name). `documented`: the CSS markers of the mark on this page's layout when a capture documents them, null
 * when none does (today: every layout) — then the answer is 'present' or 'unknown', never 'missing'.
 */
export function aPlusMarkOf(
  elements: readonly Element[],
  base: string,
  documented: readonly string[] | null,
): APlusReading {
  for (const el of elements) {
    const css = documented ? matchesAny(el, documented) : null;
    if (css) return { value: 'present', source: `a-plus:${css}` };
    for (const attr of LABEL_ATTRS) {
      const label = squash(el.getAttribute(attr));
      if (GLYPH.test(label) || LISTED.test(label)) return { value: 'present', source: `a-plus:${attr}` };
    }
    if (el.children.length === 0) {
      const text = squash(el.textContent);
      if (GLYPH.test(text)) return { value: 'present', source: 'a-plus:text' };
      if (LISTED.test(text)) return { value: 'present', source: 'a-plus:listed-text' };
    }
    if (el.localName === 'a') {
      if (LISTED.test(squash(el.textContent))) return { value: 'present', source: 'a-plus:listed-text' };
      const url = unwrapLink(el.getAttribute('href') ?? '', base);
      if (url && registryLinkOf(url)?.startsWith('https://gosuslugi.ru/snet/')) {
        return { value: 'present', source: 'a-plus:snet-link' };
      }
    }
  }
  if (documented && documented.length > 0 && elements.length > 0) return { value: 'missing', source: 'a-plus:absent' };
  return { value: 'unknown', source: null };
}
