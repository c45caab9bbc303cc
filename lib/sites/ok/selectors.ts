/**
 * Одноклассники markup as data: named alternatives per field, newest first, each with its generation and source
 * (catalogue: vk-ok-markup.md §1, §8; [S] a public source shows it, [I] inferred, [?] plausible but unverified).
 *
 * Generations: 'ok-desktop' (ok.ru, 2018 → 2024 markup) and 'ok-mobile' (m.ok.ru, ~2022 markup).
 * No real OK page from 2024–2026 was available; every [?] alternative is a guess kept behind an honest 'unknown'
 * in the reader, and the first real capture should confirm or drop it.
 */
import type { SelectorSet } from '../types';

export type OkSelectorName =
  | 'desktopMarker'
  | 'mobileMarker'
  | 'name'
  | 'groupIdAttr'
  | 'members'
  | 'membersLink'
  | 'avatar'
  | 'cover'
  | 'headerBlock'
  | 'infoPanel'
  | 'description'
  | 'descriptionMore'
  | 'menu'
  | 'feed'
  | 'post'
  | 'postTopicRef'
  | 'postDate'
  | 'postComments'
  | 'postReshares'
  | 'postLikes'
  | 'postCounterByOrder'
  | 'postViews'
  | 'postLabel'
  | 'postAd'
  | 'postPinned'
  | 'postReshare'
  | 'nextMarker'
  | 'mobileMore';

const D = 'ok-desktop';
const M = 'ok-mobile';

export const OK_SELECTORS: SelectorSet<OkSelectorName> = {
  // ---- layout markers: a page where one of these matches is a recognised OK group layout ----
  desktopMarker: [
    { css: '#hook_Block_AltGroupHeader', generation: D, source: 'public Selenide UI tests 2018–2024 [S]' },
    { css: 'h1.group-name_h', generation: D, source: 'public Selenide UI tests 2018–2024 [S]' },
    { css: '#hook_Block_LeftColumnTopCardAltGroup', generation: D, source: 'unnamed Scrapy spider ~2021–2023 [S]' },
    { css: '#hook_Block_MiddleColumnTopCard_MenuAltGroup', generation: D, source: 'unnamed Scrapy spider ~2023 [S]' },
  ],
  mobileMarker: [
    { css: '[data-module="MGroupHeader"]', generation: M, source: 'reconstruction, no public source [?]' },
    { css: 'a.emphased.grp', generation: M, source: 'unnamed public code ~2022 (m.ok.ru topic page) [S]' },
    { css: 'div.topic-block', generation: M, source: 'unnamed public code ~2022 [S]' },
  ],

  // ---- header ----
  name: [
    { css: 'h1.group-name_h', generation: D, source: 'public Selenide UI tests 2018–2024 [S]' },
    {
      css: '.mctc_name_tx',
      generation: D,
      source: 'unnamed Scrapy spider ~2021 [S]',
      expires: '2027-06-01',
    },
    { css: 'span.mctc_name_holder', generation: D, source: 'unnamed public code ~2021 [S]', expires: '2027-06-01' },
    { css: '[data-module="MGroupHeader"] h1', generation: M, source: 'reconstruction [?]' },
    { css: 'a.emphased.grp', generation: M, source: 'unnamed public code ~2022 [S]' },
  ],
  groupIdAttr: [
    { css: 'div.u-menu_li.u-menu_li__pro a[data-group-id]', generation: D, source: 'unnamed public code ~2022 [S]' },
    { css: '[data-group-id]', generation: D, source: 'unnamed public code ~2022 [S], any element [I]' },
    { css: '[data-module="MGroupHeader"][data-group-id]', generation: M, source: 'reconstruction [?]' },
  ],
  members: [
    { css: '#groupMembersCntEl', generation: D, source: 'unnamed Scrapy spider ≤ 2021 [S]', expires: '2027-06-01' },
    {
      css: 'a[data-l*="altGroupMembers"] .portlet_h_count',
      generation: D,
      source: '2023 `.portlet_h_count` [S] + members link [S] combined [I]',
    },
    { css: '[data-module="MGroupHeader"] .group-members_count', generation: M, source: 'reconstruction [?]' },
  ],
  /** Whole-text fallback: the members link, «Участники 12 345». */
  membersLink: [
    { css: 'a[data-l="outlandermenu,altGroupMembers"]', generation: D, source: 'unnamed public code 2023 [S]' },
    { css: '[data-l*="GroupMembers"]', generation: D, source: 'unnamed public code 2023 [S]' },
    { css: 'a[href*="st.cmd=altGroupMembers"]', generation: M, source: 'm.ok.ru dk commands [I]' },
  ],
  avatar: [
    { css: 'a.group-avatar-link img', generation: D, source: 'unnamed public code ~2022 [S]' },
    { css: '.group-avatar img', generation: D, source: 'reconstruction [?]' },
    { css: '[data-module="MGroupHeader"] img.group-ava', generation: M, source: 'reconstruction [?]' },
  ],
  cover: [
    {
      css: '[data-module="GroupCover"] .group-cover_img',
      generation: D,
      source: 'reconstruction, OK cover DOM not found [?]',
    },
    { css: '.group-cover [style*="background-image"]', generation: D, source: 'reconstruction [?]' },
    { css: '[data-module="MGroupHeader"] .group-cover_img', generation: M, source: 'reconstruction [?]' },
  ],
  /** Blocks around the name, scanned for the «Госорганизация» label. */
  headerBlock: [
    { css: '#hook_Block_AltGroupHeader', generation: D, source: 'public Selenide UI tests 2018–2024 [S]' },
    { css: '#hook_Block_MainContentHeader', generation: D, source: 'public UI test suites 2018–2024 [S]' },
    { css: '[data-l="t,main-content-header"]', generation: D, source: 'public UI test suites 2018–2024 [S]' },
    { css: '[data-module="MGroupHeader"]', generation: M, source: 'reconstruction [?]' },
  ],
  infoPanel: [
    { css: 'div[data-module="GroupInfoPanel"]', generation: D, source: 'unnamed public code ~2021–2023 [S]' },
    { css: '#hook_Block_AltGroupInfo', generation: D, source: 'unnamed public code ~2021–2023 [S]' },
    { css: '#hook_Block_LeftColumnTopCardAltGroup', generation: D, source: 'unnamed public code ~2021–2023 [S]' },
    { css: '[data-module="MGroupAbout"]', generation: M, source: 'reconstruction [?]' },
  ],
  description: [
    { css: '.group-info_desc', generation: D, source: 'unnamed public code ~2021–2023 [S]' },
    { css: '.group-info_cnt', generation: D, source: 'unnamed public code ~2021–2023 [S]' },
    { css: '[data-module="MGroupAbout"] .group-about_desc', generation: M, source: 'reconstruction [?]' },
  ],
  /** A «ещё» / «Показать полностью» control inside the description: the text is cut. */
  descriptionMore: [
    { css: '.group-info_desc .js-show-more', generation: D, source: 'reconstruction [?]' },
    { css: '.group-info_desc [data-l*="showMore"]', generation: D, source: 'reconstruction [?]' },
    { css: '.group-about_desc .js-more', generation: M, source: 'reconstruction [?]' },
  ],
  /** Group menu and link blocks scanned for ПОС links and tiles. */
  menu: [
    { css: '#hook_Block_AltGroupMainMenu', generation: D, source: 'public UI test suites 2018–2024 [S]' },
    { css: '#hook_Block_MiddleColumnTopCard_MenuAltGroup', generation: D, source: 'unnamed Scrapy spider ~2023 [S]' },
    { css: '[data-module="MGroupHeader"] nav', generation: M, source: 'reconstruction [?]' },
  ],

  // ---- feed ----
  feed: [
    { css: '.feed-list', generation: D, source: 'unnamed public console script 2021-01 [S]' },
    { css: 'div[data-l="fL,group"]', generation: D, source: 'unnamed public code 2023-03 [S]' },
    { css: '.group-feed', generation: D, source: 'easylist/ruadlist ok.ru rules [S]' },
    { css: '#topics-list', generation: M, source: 'reconstruction [?]' },
  ],
  post: [
    { css: '.feed-w', generation: D, source: 'unnamed public console script 2021-01; ruadlist [S]' },
    { css: '.topic-item', generation: M, source: 'reconstruction around `div.topic-block` [?]' },
  ],
  /** Carriers of the topic id: `data-l="…topicId,<tid>,groupId,…"`, topic links. */
  postTopicRef: [
    { css: '[data-l*="topicId,"]', generation: D, source: 'unnamed public code ~2022 (`topicId,(\\d+),groupId`) [S]' },
    { css: 'a.media-text_a[href*="/topic/"]', generation: D, source: 'unnamed public code ~2022 [S]' },
    { css: 'a[href*="st.themeId="]', generation: M, source: 'm.ok.ru topic URL, unnamed public code ~2022 [S]' },
    { css: 'a[href*="/topic/"]', generation: M, source: 'topic URL form [S]; any link [I]' },
  ],
  postDate: [
    { css: 'div.feed-info-date time', generation: D, source: 'unnamed public code ~2021–2022 [S]' },
    { css: 'div.feed-info-date', generation: D, source: 'unnamed public code ~2021–2022 [S]' },
    { css: 'div.feed_date', generation: D, source: 'unnamed Scrapy spider ~2021 [S]', expires: '2027-06-01' },
    { css: '.topic-date', generation: M, source: 'reconstruction [?]' },
  ],
  postComments: [
    { css: 'a[data-l="t,.k"] .widget_count', generation: D, source: 'unnamed public code ~2021 [S]' },
    { css: 'a.widget-list_infos_i.__COMMENT span.ic_tx', generation: M, source: 'unnamed public code ~2022 [S]' },
  ],
  postReshares: [
    { css: 'button[data-type="RESHARE"] .widget_count', generation: D, source: 'unnamed public code ~2022 [S]' },
    { css: 'a.widget-list_infos_i.__RESHARE span.ic_tx', generation: M, source: 'unnamed public code ~2022 [S]' },
  ],
  postLikes: [
    {
      css: '.widget_cnt.controls-list_lk.js-klass.js-klass-action .widget_count',
      generation: D,
      source: 'unnamed public code 2021-01, ~2022 [S]',
    },
    { css: '.js-klass .widget_count', generation: D, source: 'unnamed public code ~2022 [S]' },
    { css: 'a[data-type="LIKE"] span.ecnt', generation: M, source: 'unnamed public code ~2022 [S]' },
  ],
  /** Counter order fallback: [0] comments, [1] reshares, [last] «Класс». */
  postCounterByOrder: [
    {
      css: 'ul.widget-list > li.widget-list_i span.widget_count.js-count',
      generation: D,
      source: 'unnamed public code 2021-01 [S]',
    },
  ],
  postViews: [
    { css: 'ul.widget-list [title*="росмотр"]', generation: D, source: 'reconstruction, no DOM source for views [?]' },
    { css: '.widget-list_infos [title*="росмотр"]', generation: M, source: 'reconstruction [?]' },
  ],
  /** Labels in the post header («Промо», «Реклама», «Закреплено»), read as text. */
  postLabel: [
    { css: '.feed_label', generation: D, source: 'easylist/ruadlist 2019-03-01 [S]' },
    { css: '[class^="feed"][class*="label"]', generation: D, source: 'easylist/ruadlist 2023-10-29 [S]' },
    { css: '.topic-label', generation: M, source: 'reconstruction [?]' },
  ],
  postAd: [
    { css: '[data-url*="adv_info"]', generation: D, source: 'easylist/ruadlist 2026-03-16 [S]' },
    { css: 'button[class*="advert-badge"]', generation: D, source: 'easylist/ruadlist 2024-11-12 [S]' },
    { css: '[data-l*="adv_info"]', generation: M, source: 'reconstruction after the desktop marker [?]' },
  ],
  postPinned: [
    { css: '.feed-w.__pinned', generation: D, source: 'reconstruction, OK pinned DOM not found [?]' },
    { css: '[data-l*="pinned"]', generation: D, source: 'reconstruction [?]' },
    { css: '.topic-item.__pinned', generation: M, source: 'reconstruction [?]' },
  ],
  /** A reshared topic of another owner inside the item. */
  postReshare: [
    { css: '.media-reshare', generation: D, source: 'reconstruction, OK reshare DOM not found [?]' },
    { css: '[data-l*="reshare,"]', generation: D, source: 'reconstruction [?]' },
    { css: '.topic-reshare', generation: M, source: 'reconstruction [?]' },
  ],
  /** Next-page marker of the group feed (HTML parsers lower-case `st.markerB`). */
  nextMarker: [
    { css: 'span.invisible[st\\.markerb]', generation: D, source: 'unnamed public code ~2022, 2023-03 [S]' },
    { css: '[st\\.markerb]', generation: D, source: 'same attribute on any element [I]' },
  ],
  /** m.ok.ru «Показать ещё»: a plain link to the next page of the group feed. */
  mobileMore: [
    { css: 'a.more-link[href*="st.page="]', generation: M, source: 'reconstruction [?]' },
    { css: 'a[href*="st.cmd=altGroupMain"][href*="st.page="]', generation: M, source: 'm.ok.ru dk paging [I]' },
  ],
};

/** Text markers, lower case, matched as substrings of normalised text. */
export const OK_TEXTS = {
  /** «Госорганизация» label next to the name (guidance: «метка Госорганизация», DOM unknown) [I]. */
  govMark: ['госорганизация', 'государственная организация'],
  /** Post labels. «Промо» [S ruadlist 2019], «Реклама» [S ruadlist 2023]. */
  ad: ['промо', 'реклама', 'рекламная запись'],
  /** Pinned label [?]. */
  pinned: ['закреплено', 'закреплённая тема', 'закрепленная тема', 'тема закреплена'],
  /** ПОС tile titles (vk-ok-markup.md §3.7) [S for VK, I for OK]. */
  posTiles: ['сообщить о проблеме', 'высказать мнение', 'написать о проблеме', 'решаем вместе'],
  /** Description cut at a control [?]. */
  more: ['ещё', 'показать полностью', 'подробнее'],
  /** Access notices. «Этой страницы нет в OK» [S §6.3]; the rest [?]. */
  deleted: ['этой страницы нет в ok', 'группа удалена', 'страница удалена'],
  blocked: ['группа заблокирована', 'доступ к группе ограничен', 'заблокирована по решению'],
  closed: ['это закрытая группа', 'закрытая группа'],
  /** Error page served instead of a feed continuation [?]. */
  errorPage: ['произошла ошибка', 'что-то пошло не так', 'попробуйте позже', 'слишком много запросов'],
  captcha: ['введите код с картинки', 'подтвердите, что вы не робот', 'captcha'],
} as const;

/**
 * Avatar URLs that are certainly OK's "no photo" stub: `…mycdn.me/res/stub_<w>x<h>.gif`. Attested as the photo OK's
 * API returns for accounts without a photo (pic_1/pic_2 = `i.mycdn.me/res/stub_50x50.gif`, `stub_128x96.gif`,
 * `stub_128x128.gif`, `stub_200x200.gif` in several public OAuth tests and game SDKs). Other `/res/` static
 * images are OK built-ins but not known to be the group placeholder: the reader says 'unknown' for them.
 */
export const OK_AVATAR_STUB = /^\/res\/stub_\d+x\d+\.(?:gif|png|jpe?g)$/i;
export const OK_STATIC_RESOURCE = /^\/res\//i;

/**
 * CSS markers of the platform's «А+» mark per layout (docs/rkn-registration.md). None is documented for OK yet
 * (vk-ok-markup.md §3.9: "DOM unknown on VK and OK"), so the reader finds the mark by its text only and never says
 * 'missing'. Add a layout here only from a captured page that shows the mark's markup, with fixtures with and without.
 */
export const OK_A_PLUS_MARKERS: Partial<Record<'ok-desktop' | 'ok-mobile', readonly string[]>> = {};
