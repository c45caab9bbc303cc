/**
 * The description: the «О группе» text (its «ещё» controls left out), else the page's meta description. 'missing' only
 * when the «О группе» panel was recognised, holds no description and the page declares none in its meta description.
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
  ctx.sourceOf('description', panel);
  return { ...none, description: 'missing', descriptionComplete: true };
}
