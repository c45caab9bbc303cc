/**
 * OK's hosts the extension reads pages on, the one place they are written (./detect.ts builds the site's
 * URL knowledge on them, with the older host names a pasted link may use). A module of its own so the manifest and
 * the popup (lib/ext/hosts.ts) take the names without the detectors.
 */

/** The hosts the extension reads OK pages on. */
export const OK_HOSTS = ['ok.ru', 'www.ok.ru', 'm.ok.ru'] as const;
