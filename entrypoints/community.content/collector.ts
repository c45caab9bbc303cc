/** Picks the readers' paced post collector for a page's site; null while a site has none. */
import type { CommunityPage } from '../../lib/types';
import type { Collector } from './session';

export function collectorFor(_page: CommunityPage): Collector | null {
  return null;
}
