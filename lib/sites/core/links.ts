/** Links in a page: resolving an `href` against the page, through the sites' outbound-link wrappers. */

/** Every link of a page or block (plain HTML). */
export const LINKS = 'a[href]';

/**
 * A plain path on the page's own host (`/club1`, `/wall-1_2`): no query, fragment, escape, white space or second
 * slash, so the URL parser can only resolve it against the base, on the base's host, with nothing to unwrap. Lets
 * the link scans skip parsing the many internal links.
 */
export const OWN_HOST_PATH = /^\/(?:[A-Za-z0-9_.-][A-Za-z0-9_./-]*)?$/;

/**
 * Unwrap VK's `/away.php?to=…` and OK's redirect links: `/dk?st.cmd=outLinkWarning&st.rfn=…` (m.ok.ru leaving-site
 * page) and `/dk?cmd=logExternal&st.link=…` (ok.ru outbound link).
 */
export function unwrapLink(href: string, base: string): URL | null {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return null;
  }
  for (let i = 0; i < 3; i++) {
    const inner =
      url.pathname === '/away.php' || url.pathname === '/away'
        ? url.searchParams.get('to')
        : url.searchParams.get('st.cmd') === 'outLinkWarning'
          ? url.searchParams.get('st.rfn')
          : url.searchParams.get('cmd') === 'logExternal' || url.searchParams.get('st.cmd') === 'logExternal'
            ? url.searchParams.get('st.link')
            : null;
    if (!inner) break;
    try {
      url = new URL(inner, base);
    } catch {
      return null;
    }
  }
  return url;
}
