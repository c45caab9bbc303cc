/** The VK site adapter: URL detection + page reader. */
import type { SiteAdapter } from '../types';
import { detectVkPage } from './detect';
import { readVkPage } from './read';

export const vkAdapter: SiteAdapter = {
  site: 'vk',
  detect: detectVkPage,
  read: readVkPage,
};
