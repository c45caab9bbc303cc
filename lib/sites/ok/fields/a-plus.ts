/**
 * The platform's «А+» mark next to the name (docs/rkn-registration.md): sought among the header blocks' elements;
 * 'missing' only where the layout's marker is documented in selectors.ts.
 */
import type { Presence } from '../../../types';
import { aPlusMarkOf } from '../../gov/a-plus';
import type { OkRead } from '../context';
import { OK_A_PLUS_MARKERS } from '../selectors';

export function readAPlusMark(r: OkRead, headerElements: readonly Element[]): Presence {
  const documented = r.layout !== 'unknown' ? (OK_A_PLUS_MARKERS[r.layout] ?? null) : null;
  const aPlus = aPlusMarkOf(headerElements, r.url.href, documented);
  if (aPlus.source) r.ctx.source('aPlusMark', aPlus.source);
  return aPlus.value;
}
