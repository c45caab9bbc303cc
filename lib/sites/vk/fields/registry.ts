/**
 * The RKN registry link, else the application number (docs/rkn-registration.md): in the API's links, site and
 * status; in the description block, the links block, the header and the pinned posts; in the description's text.
 */
import { textOf } from '../../core/text';
import { findRegistryApplication, findRegistryLinkIn, findRegistryLinkInText } from '../../gov/registry';
import { union, type VkRead } from '../context';
import type { ApiGroup } from '../embedded';
import type { Description } from './description';

export interface Registry {
  registryLink: string | null;
  registryApplication: string | null;
}

export function readRegistry(r: VkRead, description: Description, pinnedRoots: readonly Element[]): Registry {
  const areas: ParentNode[] = [
    ...(description.block ? [description.block] : []),
    ...r.ctx.query.all(r.doc, union('linksBlock')),
    ...(r.gone ? [] : r.ctx.query.all(r.doc, union('headerArea'))),
    ...pinnedRoots,
  ];
  const text = description.descriptionText;
  const registryLink =
    findRegistryLinkInText(apiTexts(r.apiGroup)) ??
    findRegistryLinkIn(areas, r.url.href) ??
    (text ? findRegistryLinkInText(text) : null);
  if (registryLink) return { registryLink, registryApplication: null };
  const applicationText = [text ?? '', ...pinnedRoots.map((el) => textOf(el))].join('\n');
  return { registryLink: null, registryApplication: findRegistryApplication(applicationText) };
}

/** The API group's texts that may hold a registry link: the links block, the site and the status. */
function apiTexts(group: ApiGroup | null): string {
  if (!group) return '';
  const out: string[] = [];
  const links: unknown = group.links;
  if (Array.isArray(links)) {
    for (const l of links as unknown[]) {
      const url = l && typeof l === 'object' ? (l as { url?: unknown }).url : undefined;
      if (typeof url === 'string') out.push(url);
    }
  }
  for (const v of [group.site, group.status]) if (typeof v === 'string') out.push(v);
  return out.join('\n');
}
