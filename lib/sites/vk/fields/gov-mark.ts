/**
 * The «Госорганизация» mark: the API's flag, the header's badge, the label's text (or tooltip) in the header, the
 * inline scripts' flag. 'missing' without any of them only on a G2 header, where the badge is known to render
 * (VKAdmin 2024–2025).
 */
import type { Presence } from '../../../types';
import { textOf } from '../../core/text';
import { headerDescendants } from '../areas';
import type { VkRead } from '../context';
import { apiFlag } from '../embedded';
import { VK_TEXTS } from '../selectors';

const SCRIPT_FLAG = /"is_government_organization"\s*:\s*(true|false|1|0)/;

function hasLabel(el: Element): boolean {
  const label = VK_TEXTS.govLabel.pattern;
  return (
    label.test(textOf(el)) ||
    label.test(el.getAttribute('title') ?? '') ||
    label.test(el.getAttribute('aria-label') ?? '')
  );
}

export function readGovMark(r: VkRead): Presence {
  const { ctx } = r;
  const fromApi = apiFlag(r.apiGroup?.is_government_organization);
  if (fromApi !== null) {
    ctx.source('govMark', r.apiSource);
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
  const scriptFlag = SCRIPT_FLAG.exec(r.scripts)?.[1];
  if (scriptFlag !== undefined) {
    ctx.source('govMark', 'inline-script');
    return scriptFlag === 'true' || scriptFlag === '1' ? 'present' : 'missing';
  }
  if (r.gone || r.headerGen !== 'vk-g2') return 'unknown';
  ctx.source('govMark', 'vk-g2:no-badge');
  return 'missing';
}
