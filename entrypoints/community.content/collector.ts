/** The readers' paced post collector for a page's site, adapted to the session's Collector shape. */
import { collectOkPosts } from '../../lib/sites/ok/paginate';
import { collectPosts, collectScheduledPosts } from '../../lib/sites/vk/paginate';
import type { CommunityPage } from '../../lib/types';
import type { Collector } from './session';

const viewerZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

const vk: Collector = async (_doc, page, { cutoff, delayMs, signal, onProgress }) => {
  const common = { now: new Date(), timeZone: viewerZone(), delayMs, signal };
  const collected = await collectPosts(page, { ...common, cutoff, onProgress });
  // Admins also see the scheduled posts; null (unknown) for everyone else.
  const scheduled = await collectScheduledPosts(page, common);
  return scheduled ? { ...collected, scheduledPosts: scheduled } : collected;
};

const ok: Collector = (doc, page, { cutoff, delayMs, signal, onProgress }) =>
  collectOkPosts(doc, page, { now: new Date(), timeZone: viewerZone(), cutoff, delayMs, signal, onProgress });

export function collectorFor(page: CommunityPage): Collector | null {
  if (!page.id || page.access === 'blocked' || page.access === 'deleted') return null;
  return page.site === 'vk' ? vk : ok;
}
