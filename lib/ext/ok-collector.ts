/** OK's paced post collector, adapted to the session's Collector shape. */

import { collectOkPosts } from '../sites/ok/paginate';
import type { CommunityPage } from '../types';
import type { Collector } from './page-session';

const collect: Collector = (doc, page, { cutoff, delayMs, signal, onProgress }) =>
  collectOkPosts(doc, page, {
    now: new Date(),
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    cutoff,
    delayMs,
    signal,
    onProgress,
  });

export function okCollector(page: CommunityPage): Collector | null {
  if (!page.id || page.access === 'blocked' || page.access === 'deleted') return null;
  return page.site === 'ok' ? collect : null;
}
