/**
 * The description: the API's text, else the header's description block (its «Показать полностью» control removed).
 * On the React header the description is only in the info modal, in the DOM while the user has it open: read from
 * there, else 'unknown' — the reader never opens it (docs/markup.md §15.1). 'missing' from the markup only on a G1/G2
 * header, with the corroboration below.
 */
import type { Presence } from '../../../types';
import { presence } from '../../core/page';
import { safeQueryAll } from '../../core/query';
import { meta, multilineText } from '../../core/text';
import { G1_G2, recognised, union, type VkRead } from '../context';
import { VK_TEXTS } from '../selectors';

export interface Description {
  description: Presence;
  descriptionText: string | null;
  /** False when the page shows only the start of it; undefined when unknown. */
  descriptionComplete: boolean | undefined;
  /** The description block (a registry link may be in it). */
  block: Element | null;
}

const unknown = (block: Element | null): Description => ({
  description: 'unknown',
  descriptionText: null,
  descriptionComplete: undefined,
  block,
});

/**
 * Another source on the page shows the community has a description (docs/markup.md §15.5): a meta description that
 * is not VK's boilerplate, or a piece of a G1/G2 info block (its rows, a «Подробнее» control) outside the block's
 * known selectors — markup drifted around it. Then an absent block is not evidence of absence.
 */
function corroborated(r: VkRead): boolean {
  for (const name of ['og:description', 'description']) {
    const text = meta(r.doc, name);
    if (text && !VK_TEXTS.boilerplateDescription.pattern.test(text)) return true;
  }
  return r.ctx.optionalOne('descriptionTrace', r.doc) !== null || r.ctx.optionalOne('descriptionMore', r.doc) !== null;
}

export function readDescription(r: VkRead): Description {
  const { ctx } = r;
  const m = r.gone ? null : ctx.match('descriptionBlock', r.doc);
  const block = m?.el ?? null;
  if (r.apiGroup?.description !== undefined) {
    const text = r.apiGroup.description.trim() || null;
    ctx.source('description', r.apiSource);
    // 'missing' evidence: the API data's `description` is empty (docs/markup.md §3.6, vk-api-schema).
    return { description: text ? 'present' : 'missing', descriptionText: text, descriptionComplete: true, block };
  }
  if (m) {
    const clone = m.el.cloneNode(true) as Element;
    for (const more of safeQueryAll(clone, union('descriptionMoreControl'))) more.remove();
    const text = multilineText(clone) || null;
    ctx.sourceOf('description', m);
    // The React info modal holds the whole description (its «Подробнее» button stays on the page behind it); an
    // empty cell there proves nothing (no source shows the modal of a community without one): 'unknown'.
    if (m.alt.generation === 'vk-react')
      return text
        ? { description: 'present', descriptionText: text, descriptionComplete: true, block }
        : unknown(block);
    // 'missing' evidence: the G1/G2 description block itself is on the page and holds no text.
    return {
      description: presence(text !== null, recognised(r, G1_G2)),
      descriptionText: text,
      descriptionComplete: ctx.optionalOne('descriptionMore', r.doc) === null,
      block,
    };
  }
  if (r.gone || !recognised(r, G1_G2) || corroborated(r)) return unknown(block);
  // 'missing' evidence: a G1/G2 header was recognised, none of its description blocks nor any piece of one (info
  // rows, «Подробнее») is on the page, and no other source on it (a meta description that is not VK's boilerplate)
  // shows a description (docs/markup.md §3.6, §15.5).
  ctx.source('description', `${r.headerGen}:no-description-block`);
  return { description: 'missing', descriptionText: null, descriptionComplete: true, block };
}
