/**
 * The description: the «О группе» text (its «ещё» controls left out), else the page's meta description. 'missing' only
 * when the «О группе» panel was recognised and holds nothing but its heading, its known rows and an empty description,
 * and the page declares none in its meta description.
 */
import type { Presence } from '../../../types';
import { meta, multilineText, norm } from '../../core/text';
import type { OkRead } from '../context';
import { OK_TEXTS } from '../selectors';

export interface Description {
  description: Presence;
  descriptionText: string | null;
  /** False when the page shows only the start of it; undefined when unknown. */
  descriptionComplete: boolean | undefined;
  /** The description element (a registry link may be in it). */
  block: Element | null;
  /** The page's meta description (a registry link may be in it). */
  metaText: string | null;
}

export function readDescription(r: OkRead): Description {
  const { ctx, doc } = r;
  const m = ctx.match('description', doc);
  const block = m?.el ?? null;
  const moreControls = block
    ? [
        ...ctx.union('descriptionMore', block),
        ...ctx.union('descriptionControl', block).filter((el) => OK_TEXTS.more.words.includes(norm(el.textContent))),
      ]
    : [];
  const text = block ? multilineText(block, (el) => moreControls.includes(el)) : '';
  const metaText = meta(doc, 'og:description') ?? meta(doc, 'description');
  const found = (descriptionText: string, descriptionComplete: boolean): Description => ({
    description: 'present',
    descriptionText,
    descriptionComplete,
    block,
    metaText,
  });
  if (m && text) {
    ctx.sourceOf('description', m);
    return found(text, moreControls.length === 0);
  }
  if (metaText) {
    ctx.source('description', 'meta:og:description');
    return found(metaText, false);
  }
  const none: Description = {
    description: 'unknown',
    descriptionText: null,
    descriptionComplete: undefined,
    block,
    metaText,
  };
  const panel = ctx.match('infoPanel', doc);
  if (!r.recognised) return none;
  if (!panel) {
    ctx.miss('infoPanel', r.layout);
    return none;
  }
  // A panel with text we cannot place may hold a description under a new class (wrapper drift on mobile-group), and
  // one alternative (`#hook_Block_LeftColumnTopCardAltGroup`) is the left card, on the topics tab too: 'unknown'.
  if (!panelHoldsNoDescription(r, panel.el, block)) return none;
  // Evidence for 'missing': the «О группе» panel is on the page and holds nothing but its heading, its known rows
  // (category, address) and an empty description element, and the page's meta tags declare no description.
  ctx.sourceOf('description', panel);
  return { ...none, description: 'missing', descriptionComplete: true };
}

/** The panel's text, without its heading, its known rows and the (empty) description element, is empty. */
function panelHoldsNoDescription(r: OkRead, panel: Element, desc: Element | null): boolean {
  let rest = norm(panel.textContent);
  for (const el of [...r.ctx.union('infoPanelRow', panel), ...(desc ? [desc] : [])])
    rest = rest.replace(norm(el.textContent), '');
  for (const heading of OK_TEXTS.aboutHeading.words) rest = rest.replace(heading, '');
  return rest.trim() === '';
}
