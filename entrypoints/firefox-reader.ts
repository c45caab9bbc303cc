/**
 * The readers for Firefox's background page (Firefox builds only): loaded with import() by the background re-read of
 * tracked groups the first time it reads a page (lib/ext/reminders/reread.ts), so that the background's own bundle carries
 * no readers. Wiring only; see lib/ext/page-reader.ts. Chrome reads in the offscreen document instead.
 */
import { defineUnlistedScript } from '#imports';
import { registerPageReader } from '../lib/ext/page-reader';
import { readCommunityPage } from '../lib/sites/index';

export default defineUnlistedScript({
  include: ['firefox'],
  main() {
    registerPageReader(readCommunityPage);
  },
});
