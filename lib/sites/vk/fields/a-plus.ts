/**
 * The platform's «А+» mark next to the name (docs/rkn-registration.md): sought among the header's elements; 'missing'
 * only where the header generation's marker is documented in selectors.ts (none is yet).
 */
import type { Presence } from '../../../types';
import { aPlusMarkOf } from '../../gov/a-plus';
import { headerDescendants } from '../areas';
import { union, type VkRead } from '../context';
import { VK_A_PLUS_MARKERS } from '../selectors';

export function readAPlusMark(r: VkRead): Presence {
  const { ctx, doc, headerGen } = r;
  const inHeader = !r.gone && ctx.query.first(doc, union('headerArea')) !== null;
  const aPlus = aPlusMarkOf(
    inHeader ? headerDescendants(ctx, doc) : [],
    r.url.href,
    headerGen ? (VK_A_PLUS_MARKERS[headerGen] ?? null) : null,
  );
  if (aPlus.source) ctx.source('aPlusMark', aPlus.source);
  return aPlus.value;
}
