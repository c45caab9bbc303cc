/** The Одноклассники site adapter: URL detection + group page reader. */
import type { SiteAdapter } from '../types';
import { detectOkPage } from './detect';
import { readOkPage } from './read';

export const okAdapter: SiteAdapter = {
  site: 'ok',
  detect: detectOkPage,
  read: readOkPage,
};
