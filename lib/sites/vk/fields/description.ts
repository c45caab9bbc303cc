/**
 * The description: the API's text, else the header's description block (its «Показать полностью» control removed).
 * No block at all is 'missing' only on a G1/G2 header.
 */
import type { Presence } from '../../../types';
import { presence } from '../../core/page';
import { safeQueryAll } from '../../core/query';
import { multilineText } from '../../core/text';
import { G1_G2, recognised, union, type VkRead } from '../context';

export interface Description {
  description: Presence;
  descriptionText: string | null;
  /** False when the page shows only the start of it; undefined when unknown. */
  descriptionComplete: boolean | undefined;
  /** The description block (a registry link may be in it). */
  block: Element | null;
}

export function readDescription(r: VkRead): Description {
  const { ctx } = r;
  const m = r.gone ? null : ctx.match('descriptionBlock', r.doc);
  const block = m?.el ?? null;
  if (r.apiGroup?.description !== undefined) {
    const text = r.apiGroup.description.trim() || null;
    ctx.source('description', r.apiSource);
    return { description: text ? 'present' : 'missing', descriptionText: text, descriptionComplete: true, block };
  }
  if (m) {
    const clone = m.el.cloneNode(true) as Element;
    for (const more of safeQueryAll(clone, union('descriptionMoreControl'))) more.remove();
    const text = multilineText(clone) || null;
    ctx.sourceOf('description', m);
    return {
      description: presence(text !== null, recognised(r, G1_G2)),
      descriptionText: text,
      descriptionComplete: ctx.optionalOne('descriptionMore', r.doc) === null,
      block,
    };
  }
  if (r.gone || !recognised(r, G1_G2))
    return { description: 'unknown', descriptionText: null, descriptionComplete: undefined, block };
  ctx.source('description', `${r.headerGen}:no-description-block`);
  return { description: 'missing', descriptionText: null, descriptionComplete: true, block };
}
