/**
 * «Активная ссылка на канал MAX» on an institution's VK/OK page (Sverdlovsk, docs/methodology.md §2), from what the reader
 * found outside the posts (`CommunityPage.messengerLinks`: description, links block, menu). Pure.
 *
 * | the page                                            | status         | reason                 |
 * | the rule set does not ask, or no MAX page is listed | not-applicable | not-required           |
 * | links not known (layout not recognised, old read)   | unknown        | not-detected           |
 * | a link to the institution's MAX channel             | pass           | max-link-found         |
 * | a MAX link to another address (invite vs name…)     | unknown        | max-link-unmatched     |
 * | no MAX link, description read in full               | fail           | max-link-missing       |
 * | no MAX link, description not read in full           | unknown        | description-incomplete |
 * A link of another form cannot be proved to be another channel (a public name and the invite link of one channel
 * look unrelated), so it is never a fail.
 */
import { parsePlatformLink } from '../import/links';
import type { CheckStatus, Presence } from '../types';

export type MaxLinkReason =
  | 'not-required'
  | 'not-detected'
  | 'max-link-found'
  | 'max-link-unmatched'
  | 'max-link-missing'
  | 'description-incomplete';

export interface MaxLinkResult {
  status: CheckStatus;
  reason: MaxLinkReason;
}

/** What the check reads of a stored or just-read page. */
export interface MaxLinkPage {
  messengerLinks?: readonly string[] | null;
  description?: Presence;
  descriptionComplete?: boolean;
}

export function maxLinkCheck(
  page: MaxLinkPage | null,
  maxKeys: readonly string[],
  options: { required: boolean },
): MaxLinkResult {
  if (!options.required || maxKeys.length === 0) return { status: 'not-applicable', reason: 'not-required' };
  const links = page?.messengerLinks;
  if (page === null || links === undefined || links === null) return { status: 'unknown', reason: 'not-detected' };
  const found = links.map((l) => parsePlatformLink(l)).filter((p) => p.ok && p.link.site === 'max');
  if (found.some((p) => p.ok && maxKeys.includes(p.link.key))) return { status: 'pass', reason: 'max-link-found' };
  if (found.length > 0) return { status: 'unknown', reason: 'max-link-unmatched' };
  if (page.descriptionComplete === true && page.description !== 'unknown') {
    return { status: 'fail', reason: 'max-link-missing' };
  }
  return { status: 'unknown', reason: 'description-incomplete' };
}
