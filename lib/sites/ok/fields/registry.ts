/**
 * The RKN registry link, else the application number (docs/rkn-registration.md): in the description, the «О группе»
 * panel, the header blocks and the pinned posts, else in the meta description; the number in the description's and
 * the pinned posts' text.
 */
import { textOf } from '../../core/text';
import { findRegistryApplication, findRegistryLinkIn, findRegistryLinkInText } from '../../gov/registry';
import type { OkRead } from '../context';
import type { Description } from './description';

export interface Registry {
  registryLink: string | null;
  registryApplication: string | null;
}

export function readRegistry(
  r: OkRead,
  description: Description,
  headerRoots: readonly Element[],
  pinnedRoots: readonly Element[],
): Registry {
  const roots = [description.block, r.ctx.optionalOne('infoPanel', r.doc), ...headerRoots, ...pinnedRoots].filter(
    (el): el is Element => el != null,
  );
  const registryLink =
    findRegistryLinkIn(roots, r.url.href) ??
    (description.metaText ? findRegistryLinkInText(description.metaText) : null);
  if (registryLink) return { registryLink, registryApplication: null };
  const text = [description.descriptionText ?? '', ...pinnedRoots.map((el) => textOf(el))].join('\n');
  return { registryLink: null, registryApplication: findRegistryApplication(text) };
}
