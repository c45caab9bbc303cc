/** English texts of the popup: the same keys as the Russian ones (loaded only for an English browser). */
import { checkTitles } from '../checks';
import { pluralEn } from '../index';
import type { PopupKey } from './ru';

type P = Record<string, string | number>;
const n = (p: P, key = 'n'): number => Number(p[key] ?? 0);
const over = (p: P) =>
  p.threshold ? `more than ${p.threshold} members` : 'more members than the registration threshold';
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const RKN_HOW_EN =
  'Since October 2025 page ownership is confirmed through the platform’s service (VK, Odnoklassniki): the check takes up to 3 working days, then the «А+» mark appears next to the name, and the registry entry link can go in the description. The former procedure (2024): an application on Госуслуги (form 651371) and its number in the description or the pinned post.';

export const en: Record<PopupKey, string | ((p: P) => string)> = {
  'app.title': 'Public page audit',
  'app.loading': 'Reading the page…',
  'app.lists': 'Group lists',
  'app.settings': 'Settings',
  'app.refresh': 'Read again',
  'site.vk': 'VK',
  'site.ok': 'Odnoklassniki',

  'tz.named': (p: P) => `by ${p.zone} time`,

  'header.members': (p: P) => `${p.count} ${pluralEn(n(p), ['member', 'members'])}`,
  'header.membersApprox': (p: P) => `≈ ${p.count} members`,
  'header.membersUnknown': 'members: unknown',
  'header.readAt': (p: P) => `read ${p.when}`,
  'header.noName': 'Untitled',
  'header.coverageFull': (p: P) => `all posts since ${p.date} read`,
  'header.coveragePartial': (p: P) => `posts read since ${p.date}; needed since ${p.cutoff}`,
  'header.coverageUnknown': 'could not tell whether all posts were read',
  'header.collecting': (p: P) =>
    `collecting older posts: ${p.pages} ${pluralEn(n(p, 'pages'), ['page', 'pages'])}, ` +
    `${p.posts} ${pluralEn(n(p, 'posts'), ['post', 'posts'])}`,
  'header.collect': 'Collect older posts',
  'header.collectAgain': 'Collect again',
  'header.collectUnsupported': 'Older posts cannot be collected on this page',
  'partial.rate-limit': 'the site limited the request rate — try again later',
  'partial.captcha': 'the site asked for a captcha — reload the page and try again',
  'partial.members-only': 'the wall is visible to members only',
  'partial.aborted': 'collection aborted',
  'partial.http-error': 'the site answered with an error',
  'partial.network-error': 'the site could not be reached',
  'partial.unrecognised-page': 'the wall page was not recognised',
  'partial.page-limit': 'the page limit was reached',
  'partial.other': 'collection stopped',

  ...checkTitles.en,
  'status.pass': 'met',
  'status.fail': 'not met',
  'status.unknown': 'unknown',
  'status.not-applicable': 'not required',
  'advice.cover.missing': 'Upload a cover: without it the rating loses points.',
  'advice.avatar.missing': 'Upload an avatar: the default placeholder costs points.',
  'advice.description.missing': 'Add a description: what the organisation does, phone, address, working hours.',
  'advice.pos-widget.missing':
    'Connect the ПОС widgets («Сообщить о проблеме», «Высказать мнение»): without them the rating loses points.',
  'advice.engagement.below-target':
    'ER is below the target: more lively content, answer subscribers, ask colleagues to react.',
  'advice.reach.below-threshold':
    'Reach is below the target: QR codes on the premises, tell visitors and pupils about the group, e-mail.',

  'weeks.label': (p: P) => `Week ${p.week}`,
  'weeks.count': (p: P) => `${p.posts} of ${p.required}`,
  'weeks.left': (p: P) => `${p.n} more ${pluralEn(n(p), ['post', 'posts'])} needed by ${p.deadline}`,
  'weeks.met': "the week's norm is met",
  'weeks.metWithScheduled': "with the scheduled posts the week's norm will be met",
  'weeks.scheduled': (p: P) => `scheduled: ${p.count}`,
  'weeks.outsideNow': (p: P) => `Today is outside the evaluation weeks. Week 1 starts on ${p.date}.`,

  'month.switch': 'Which month to show',
  'month.previous': (p: P) => `${p.month}: result`,
  'month.current': (p: P) => `${p.month}: running`,
  'verdict.title.previous': (p: P) => `Result for ${p.month}`,
  'verdict.title.current': (p: P) => `${p.month}: forecast`,
  'verdict.of100': 'of 100',
  'verdict.preliminary': 'preliminary',
  'verdict.exact': 'exact score:',
  'verdict.unknown': (p: P) => `unknown: ${p.inputs}`,
  'verdict.setAudience': 'Enter the audience size',
  'verdict.excluded': 'The group will not be in the rating: it has no «Госорганизация» mark, so no week counts.',
  'verdict.excludedScore': 'from the page without the mark (not rated):',
  'verdict.frequency': (p: P) => `Frequency: ${p.word}`,
  'verdict.failedWeeks': (p: P) => `${pluralEn(n(p), ['week', 'weeks'])} ${p.weeks} below the norm`,
  'verdict.forecast': 'Frequency 100 — if the remaining weeks of the month are met too.',
  'problems.title': 'What to fix',
  'problems.none': 'No issues.',
  'problems.more': (p: P) => `${p.n} more`,
  'problems.less': 'Show less',
  'problem.frequency': (p: P) =>
    `Frequency not met: ${pluralEn(n(p), ['week', 'weeks'])} ${p.weeks} had fewer than ${p.required} posts. Publish at least the norm every week; use scheduled posts.`,
  'weeks.excluded': 'without the «Госорганизация» mark the week does not count (#N/A)',
  'deadline.today': (p: P) => `${p.time} today`,
  'deadline.tomorrow': (p: P) => `tomorrow, ${p.day}, ${p.time}`,

  'score.estimate': 'estimate',
  'score.input.frequency': 'frequency',
  'score.input.engagement': 'engagement',
  'score.input.reach': 'reach',
  'score.input.minRequirements': 'minimum requirements',

  'warnings.title': 'Warnings',
  'warn.gov-mark-missing':
    'No «Госорганизация» mark — the group drops out of the rating (#Н/Д) and every week counts as missed. Confirm the status: Управление → Основная информация → «Подтвердить статус через Госуслуги».',
  'warn.gov-mark-unknown': 'The «Госорганизация» mark could not be checked — look under the group name.',
  'warn.rkn-missing': (p: P) =>
    `${cap(over(p))}, and no RKN registration: neither a registry link nor the «А+» mark. ${RKN_HOW_EN}`,
  'warn.rkn-not-seen': (p: P) =>
    `No RKN registration seen — neither a registry link nor the «А+» mark, and the page has ${over(p)}. ` +
    `Check whether the «А+» mark is next to the name and a registry entry link (gosuslugi.ru/snet/… or knd.gov.ru/license…) is in the description${p.cut ? '; the description was not read in full — expand «Подробнее» and read the page again' : ''}. ` +
    `If the page is not registered: ${RKN_HOW_EN}`,
  'warn.rkn-pending':
    'RKN application filed (the 2024 procedure): after the decision put the registry link in the description. Now pages confirm through the platform’s service (the «А+» mark).',
  'warn.layout-unknown': 'The page layout was not recognised — the data may be incomplete. See the diagnostics below.',
  'warn.access.closed': 'The community is closed — some data is not visible.',
  'warn.access.private': 'The community is private — the data is not visible.',
  'warn.access.blocked': 'The community is blocked.',
  'warn.access.deleted': 'The community is deleted.',
  'warn.partial': (p: P) => `Post collection stopped: ${p.reason}.`,
  'warn.rename': 'Change the group name or owner only on the 29th–31st, or it may drop out of the export.',
  'warn.renameNow': 'Today is the 29th–31st — the right time if the group name or owner must change.',
  'warn.newYear': 'New Year holidays ahead: weeks are rated during holidays too — schedule posts in advance.',
};
