/**
 * The «Госорганизация» mark: the API's flag, the header's badge, the mark's visible texts («Госорганизация», and
 * «Подтверждено через Госуслуги» in its tooltip / info) in the header or the open info modal, the inline scripts'
 * flag. 'missing' without any of them only on a G2 header, where the badge is known to render (VKAdmin 2024–2025);
 * on the React header no source shows how the mark renders: 'unknown' (docs/markup.md §3.8, §15.1).
 */
import type { Presence } from '../../../types';
import { textOf } from '../../core/text';
import { headerDescendants } from '../areas';
import { union, type VkRead } from '../context';
import { apiFlag } from '../embedded';
import { VK_TEXTS } from '../selectors';

const SCRIPT_FLAG = /"is_government_organization"\s*:\s*(true|false|1|0)/;
const LABELS = [VK_TEXTS.govLabel.pattern, VK_TEXTS.govConfirmed.pattern];

function hasLabel(el: Element): boolean {
  const texts = [textOf(el), el.getAttribute('title') ?? '', el.getAttribute('aria-label') ?? ''];
  return LABELS.some((label) => texts.some((t) => label.test(t)));
}

/** The open info modal's elements, less the description's own text (the community's words, not VK's mark). */
function modalDescendants(r: VkRead): Element[] {
  const modal = r.ctx.optionalOne('infoModal', r.doc);
  if (!modal) return [];
  const description = r.ctx.query.first(modal, union('descriptionBlock'));
  return Array.from(modal.getElementsByTagName('*')).filter((el) => !description?.contains(el));
}

export function readGovMark(r: VkRead): Presence {
  const { ctx } = r;
  const fromApi = apiFlag(r.apiGroup?.is_government_organization);
  if (fromApi !== null) {
    ctx.source('govMark', r.apiSource);
    // 'missing' evidence: the API data says `is_government_organization: false` (docs/markup.md §3.8).
    return fromApi ? 'present' : 'missing';
  }
  const badge = ctx.match('govBadge', r.doc);
  if (badge) {
    ctx.sourceOf('govMark', badge);
    return 'present';
  }
  if (headerDescendants(ctx, r.doc).some(hasLabel)) {
    ctx.source('govMark', 'label-text');
    return 'present';
  }
  if (modalDescendants(r).some(hasLabel)) {
    ctx.source('govMark', 'vk-react:info-modal-text');
    return 'present';
  }
  const scriptFlag = SCRIPT_FLAG.exec(r.scripts)?.[1];
  if (scriptFlag !== undefined) {
    ctx.source('govMark', 'inline-script');
    // 'missing' evidence: the page's own data says `"is_government_organization": false`.
    return scriptFlag === 'true' || scriptFlag === '1' ? 'present' : 'missing';
  }
  if (r.gone || r.headerGen !== 'vk-g2') return 'unknown';
  // 'missing' evidence: a G2 header, on which the badge is server-rendered for every community that has the mark
  // (VKAdmin tested exactly this in guest HTML, 2024-05 → 2025-06, docs/markup.md §3.8), with neither the badge
  // class nor its label or tooltip text anywhere in the header, nor a flag in the page's data.
  ctx.source('govMark', 'vk-g2:no-badge');
  return 'missing';
}
