/** Content script on VK hosts: the VK reader and collector only (OK pages get entrypoints/ok.content). */
import { defineContentScript } from '#imports';
import { runContentSession } from '../../lib/ext/content-session';
import { VK_MATCHES } from '../../lib/ext/hosts';
import { vkAdapter } from '../../lib/sites/vk/index';
import { vkCollector } from './collector';

export default defineContentScript({
  matches: VK_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    runContentSession(ctx, vkAdapter, vkCollector);
  },
});
