/**
 * The offscreen document (/offscreen.html, Chrome only): reads the VK/OK pages the service worker fetched for the
 * background re-read of tracked groups — DOMParser and the same readers as everywhere else. Wiring only; see
 * lib/ext/offscreen.ts. Only the `chrome.runtime` API exists here.
 */
import { offscreenMessageListener } from '../../lib/ext/offscreen';
import { readCommunityPage } from '../../lib/sites/index';

chrome.runtime.onMessage.addListener(
  offscreenMessageListener({
    extensionId: chrome.runtime.id,
    origin: chrome.runtime.getURL(''),
    // Parsed exactly as on the list page (entrypoints/batch); the readers resolve links against the page URL.
    parse: (html) => new DOMParser().parseFromString(html, 'text/html'),
    readPage: readCommunityPage,
  }),
);
