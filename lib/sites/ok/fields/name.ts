/** The group's name: the header's name element, else `og:title`. Also the name element (the header is around it). */
import { meta, textOf } from '../../core/text';
import type { OkRead } from '../context';

export interface Name {
  name: string | null;
  el: Element | null;
}

export function readName(r: OkRead): Name {
  const { ctx, doc } = r;
  const m = ctx.match('name', doc);
  const text = m ? textOf(m.el) : '';
  if (m && text) {
    ctx.sourceOf('name', m);
    return { name: text, el: m.el };
  }
  const og = meta(doc, 'og:title');
  if (og) ctx.source('name', 'meta:og:title');
  if (r.recognised) ctx.miss('name', r.layout);
  return { name: og, el: m?.el ?? null };
}
