/** The VK site adapter: its URLs (detect.ts), the page reader and the post collector. */
import type { SiteAdapter } from '../types';
import { collectPosts } from './collect';
import { VK_URLS } from './detect';
import { readVkPage } from './read';

export const vkAdapter: SiteAdapter = {
  ...VK_URLS,
  read: readVkPage,
  collect: (_doc, page, options) => collectPosts(page, options),
};
