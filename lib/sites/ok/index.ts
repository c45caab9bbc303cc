/** The Одноклассники site adapter: its URLs (detect.ts), the group page reader and the post collector. */
import type { SiteAdapter } from '../types';
import { collectOkPosts } from './collect';
import { OK_URLS } from './detect';
import { readOkPage } from './read';

export const okAdapter: SiteAdapter = {
  ...OK_URLS,
  read: readOkPage,
  collect: collectOkPosts,
};
