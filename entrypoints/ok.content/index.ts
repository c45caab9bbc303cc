/** Content script on Одноклассники hosts: the OK reader and collector only (VK pages get entrypoints/vk.content). */
import { defineContentScript } from '#imports';
import { runContentSession } from '../../lib/ext/content-session';
import { OK_MATCHES } from '../../lib/ext/hosts';
import { okAdapter } from '../../lib/sites/ok/index';
import { okCollector } from './collector';

export default defineContentScript({
  matches: OK_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    runContentSession(ctx, okAdapter, okCollector);
  },
});
