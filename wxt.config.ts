import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { OK_MATCHES, SITE_MATCHES, VK_MATCHES } from './lib/ext/hosts';
import { VK_API_ORIGINS } from './lib/vkapi/limits';
import { selectorEvidence } from './scripts/strip-evidence';

export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    // The selectors' evidence strings (source, date, expiry) stay in the repository for the tests and the docs, not in
    // the extension (scripts/strip-evidence.ts, docs/performance.md).
    plugins: [preact(), selectorEvidence()],
    // A lazy chunk's own imports are not preloaded beside it (their list was in every page's first load, ≈ 0.8 kB gz
    // in the popup's): the files are local to the extension, so the short waterfall costs nothing a user feels. The
    // lazy chunks' CSS is still loaded with them (docs/performance.md).
    build: { modulePreload: { resolveDependencies: () => [] } },
  }),
  // Firefox's sources archive (wxt zip -b firefox): the repository as committed, not local artefacts
  zip: {
    excludeSources: ['test-results/**', 'demo-output/**', 'bench-results.json', 'stats.html', '**/*.log'],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'ru',
    // offscreen (Chrome only): background re-reads parse fetched pages there; Firefox's background page has a DOM
    permissions: ['storage', 'alarms', 'notifications', ...(browser === 'firefox' ? [] : ['offscreen'])],
    host_permissions: SITE_MATCHES,
    // VK's API hosts, asked for only when the user saves a VK API key (docs/vk-api.md); optional, so an update adding
    // them does not disable the extension until the user accepts a new required host. MV2 (Firefox) lists optional
    // hosts among optional_permissions (WXT drops optional_host_permissions there).
    ...(browser === 'firefox'
      ? { optional_permissions: [...VK_API_ORIGINS] }
      : { optional_host_permissions: [...VK_API_ORIGINS] }),
    action: { default_title: '__MSG_extActionTitle__' },
    // The VK reader module injects the main-world bridge (entrypoints/page-bridge.ts) into VK pages only. Each content
    // script imports its site's reader module (entrypoints/vk-reader.ts, ok-reader.ts) from the package, on that
    // site's hosts only. In Chrome all at a per-session URL (use_dynamic_url): there is no fixed URL a page could probe
    // (a VK page that sees the injected bridge's <script src> learns that session's URL, nothing lasting). MV2 (Firefox)
    // has neither per-resource matches nor dynamic URLs: WXT flattens the list, and the moz-extension:// host is a
    // random per-install id.
    web_accessible_resources: [
      { resources: ['page-bridge.js'], matches: VK_MATCHES, use_dynamic_url: true },
      { resources: ['vk-reader.js'], matches: VK_MATCHES, use_dynamic_url: true },
      { resources: ['ok-reader.js'], matches: OK_MATCHES, use_dynamic_url: true },
    ],
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'; base-uri 'none'; frame-ancestors 'none'",
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'gospabliki-audit@example.org',
              // 140: the first Firefox that knows data_collection_permissions (web-ext lint warns below it)
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
