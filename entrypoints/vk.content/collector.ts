/** VK's paced post collector (and the scheduled posts admins see), adapted to the session's Collector shape. */
import type { Collector } from '../../lib/ext/content-session';
import { collectPosts, collectScheduledPosts } from '../../lib/sites/vk/paginate';
import type { CommunityPage } from '../../lib/types';

const collect: Collector = async (_doc, page, { cutoff, delayMs, signal, onProgress }) => {
  const common = { now: new Date(), timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone, delayMs, signal };
  const collected = await collectPosts(page, { ...common, cutoff, onProgress });
  // Admins also see the scheduled posts; null (unknown) for everyone else.
  const scheduled = await collectScheduledPosts(page, common);
  return scheduled ? { ...collected, scheduledPosts: scheduled } : collected;
};

export function vkCollector(page: CommunityPage): Collector | null {
  if (!page.id || page.access === 'blocked' || page.access === 'deleted') return null;
  return page.site === 'vk' ? collect : null;
}
