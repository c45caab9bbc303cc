/**
 * The community's name: the header (badges and the «Госорганизация» label removed), else the API data, else
 * `og:title` less VK's suffix. On the React header the name is `[data-testid="group-name"]`, its text in an inner span
 * (docs/markup.md §15.1).
 */
import { safeQueryAll } from '../../core/query';
import { meta, textOf } from '../../core/text';
import { union, type VkRead } from '../context';
import { VK_TEXTS } from '../selectors';

/** A badge's text inside the name element: the mark's label, not part of the name. */
const isMarkText = (el: Element) => {
  const t = textOf(el);
  return VK_TEXTS.govLabel.pattern.test(t) || VK_TEXTS.govConfirmed.pattern.test(t);
};

export function readName(r: VkRead): string | null {
  const { ctx } = r;
  const m = ctx.match('name', r.doc);
  if (m) {
    const clone = m.el.cloneNode(true) as Element;
    for (const badge of safeQueryAll(clone, union('nameBadge'))) badge.remove();
    for (const el of Array.from(clone.getElementsByTagName('*'))) if (isMarkText(el)) el.remove();
    const name = textOf(clone);
    if (name) {
      ctx.sourceOf('name', m);
      return name;
    }
  }
  if (r.apiGroup?.name) {
    ctx.source('name', r.apiSource);
    return r.apiGroup.name;
  }
  if (r.gone) return null;
  const name = meta(r.doc, 'og:title')?.replace(VK_TEXTS.ogTitleSuffix.pattern, '').trim();
  if (name) ctx.source('name', 'og:title');
  else if (r.headerGen) ctx.miss('name', r.headerGen);
  return name || null;
}
