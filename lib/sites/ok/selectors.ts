/**
 * Одноклассники markup as data: every CSS selector and text marker the OK reader relies on, named, newest first, each
 * with its layout generation, the evidence and its date, and an expiry where it is expected to go away. Evidence and
 * the reasoning per field: docs/markup.md (OK sections); [S] a public source shows it, [I] inferred, [?] plausible
 * but unverified.
 *
 * Generations: 'ok-desktop' (ok.ru, 2018 → 2024 markup) and 'ok-mobile' (m.ok.ru, ~2022 markup).
 * No real OK page from 2024–2026 was available; every [?] alternative is a guess kept behind an honest 'unknown'
 * in the reader, and the first real capture should confirm or drop it. A broken selector is fixed here alone:
 * tests/lib/sites/selectors.test.ts checks every alternative and its match counts on every golden page.
 */
import { type SelectorSet, selectorsOf, type WordsMarker, words } from '../types';

/** OK's layout generations (docs/markup.md): what `CommunityPage.layout` names. */
export const OK_GENERATIONS = ['ok-desktop', 'ok-mobile'] as const;
export type OkGeneration = (typeof OK_GENERATIONS)[number];

const D = selectorsOf('ok-desktop');
const M = selectorsOf('ok-mobile');
/** Plain HTML any page has (meta links, time elements): standard markup, no site knowledge of its own. */
const html = selectorsOf('any');

export const OK_SELECTORS = {
  // ---- layout markers: a page where one of these matches is a recognised OK group layout ----
  desktopMarker: [
    D('#hook_Block_AltGroupHeader', 'public Selenide UI tests [S]', '2018–2024'),
    D('h1.group-name_h', 'public Selenide UI tests [S]', '2018–2024'),
    D('#hook_Block_LeftColumnTopCardAltGroup', 'unnamed Scrapy spider [S]', '2021–2023'),
    D('#hook_Block_MiddleColumnTopCard_MenuAltGroup', 'unnamed Scrapy spider [S]', '2023'),
  ],
  mobileMarker: [
    M('[data-module="MGroupHeader"]', 'reconstruction, no public source [?]', '2026-11'),
    M('a.emphased.grp', 'unnamed public code (m.ok.ru topic page) [S]', '2022'),
    M('div.topic-block', 'unnamed public code [S]', '2022'),
  ],

  // ---- header ----
  name: [
    D('h1.group-name_h', 'public Selenide UI tests [S]', '2018–2024'),
    D('.mctc_name_tx', 'unnamed Scrapy spider [S]', '2021', '2027-06-01'),
    D('span.mctc_name_holder', 'unnamed public code [S]', '2021', '2027-06-01'),
    M('[data-module="MGroupHeader"] h1', 'reconstruction [?]', '2026-11'),
    M('a.emphased.grp', 'unnamed public code [S]', '2022'),
  ],
  groupIdAttr: [
    D('div.u-menu_li.u-menu_li__pro a[data-group-id]', 'unnamed public code [S]', '2022'),
    D('[data-group-id]', 'unnamed public code [S], any element [I]', '2022'),
    M('[data-module="MGroupHeader"][data-group-id]', 'reconstruction [?]', '2026-11'),
  ],
  members: [
    D('#groupMembersCntEl', 'unnamed Scrapy spider [S]', '2021', '2027-06-01'),
    D(
      'a[data-l*="altGroupMembers"] .portlet_h_count',
      '`.portlet_h_count` [S] + members link [S] combined [I]',
      '2023',
    ),
    M('[data-module="MGroupHeader"] .group-members_count', 'reconstruction [?]', '2026-11'),
  ],
  /**
   * The members block around the «Участники» link: its count may sit inside the link or beside it in the portlet
   * header (docs/markup.md §15.4: the sources show the class and the link apart, not how they nest).
   */
  membersBlock: [
    D('.portlet_h', 'around .portlet_h_count [I] §15.4', '2023'),
    D('.portlet', 'around .portlet_h_count [I] §15.4', '2023'),
  ],
  /** The count inside the members block. */
  membersCount: [D('.portlet_h_count', 'unnamed public code [S] §15.4', '2023')],
  /** Whole-text fallback: the members link, «Участники 12 345». */
  membersLink: [
    D('a[data-l="outlandermenu,altGroupMembers"]', 'unnamed public code [S]', '2023'),
    D('[data-l*="GroupMembers"]', 'unnamed public code [S]', '2023'),
    M('a[href*="st.cmd=altGroupMembers"]', 'm.ok.ru dk commands [I]', '2026-11'),
  ],
  avatar: [
    D('a.group-avatar-link img', 'unnamed public code [S]', '2022'),
    D('.group-avatar img', 'reconstruction [?]', '2026-11'),
    M('[data-module="MGroupHeader"] img.group-ava', 'reconstruction [?]', '2026-11'),
  ],
  cover: [
    D('[data-module="GroupCover"] .group-cover_img', 'reconstruction, OK cover DOM not found [?]', '2026-11'),
    D('.group-cover [style*="background-image"]', 'reconstruction [?]', '2026-11'),
    M('[data-module="MGroupHeader"] .group-cover_img', 'reconstruction [?]', '2026-11'),
  ],
  /** Blocks around the name, scanned for the «Госорганизация» label. */
  headerBlock: [
    D('#hook_Block_AltGroupHeader', 'public Selenide UI tests [S]', '2018–2024'),
    D('#hook_Block_MainContentHeader', 'public UI test suites [S]', '2018–2024'),
    D('[data-l="t,main-content-header"]', 'public UI test suites [S]', '2018–2024'),
    M('[data-module="MGroupHeader"]', 'reconstruction [?]', '2026-11'),
  ],
  infoPanel: [
    D('div[data-module="GroupInfoPanel"]', 'unnamed public code [S]', '2021–2023'),
    D('#hook_Block_AltGroupInfo', 'unnamed public code [S]', '2021–2023'),
    D('#hook_Block_LeftColumnTopCardAltGroup', 'unnamed public code [S]', '2021–2023'),
    M('[data-module="MGroupAbout"]', 'reconstruction [?]', '2026-11'),
  ],
  description: [
    D('.group-info_desc', 'unnamed public code [S]', '2021–2023'),
    D('.group-info_cnt', 'unnamed public code [S]', '2021–2023'),
    M('[data-module="MGroupAbout"] .group-about_desc', 'reconstruction [?]', '2026-11'),
  ],
  /**
   * The rows of the «О группе» panel that are not the description (category, address and place list): an empty
   * description is 'missing' only when the panel holds nothing but these, its heading and the description element.
   */
  infoPanelRow: [
    D('.group-info_category', 'unnamed public code [S]', '2021–2023'),
    D('div.group-info_lst_i', 'unnamed public code [S]', '2021–2023'),
    D('.group-info_lst', 'around div.group-info_lst_i [I]', '2026-12'),
  ],
  /** A «ещё» / «Показать полностью» control inside the description: the text is cut. */
  descriptionMore: [
    D('.group-info_desc .js-show-more', 'reconstruction [?]', '2026-11'),
    D('.group-info_desc [data-l*="showMore"]', 'reconstruction [?]', '2026-11'),
    M('.group-about_desc .js-more', 'reconstruction [?]', '2026-11'),
  ],
  /** Group menu and link blocks scanned for ПОС links and tiles. */
  menu: [
    D('#hook_Block_AltGroupMainMenu', 'public UI test suites [S]', '2018–2024'),
    D('#hook_Block_MiddleColumnTopCard_MenuAltGroup', 'unnamed Scrapy spider [S]', '2023'),
    M('[data-module="MGroupHeader"] nav', 'reconstruction [?]', '2026-11'),
  ],

  // ---- feed ----
  feed: [
    D('.feed-list', 'unnamed public console script [S]', '2021-01'),
    D('div[data-l="fL,group"]', 'unnamed public code [S]', '2023-03'),
    D('.group-feed', 'easylist/ruadlist ok.ru rules [S]', '2019–2026'),
    M('#topics-list', 'reconstruction [?]', '2026-11'),
  ],
  post: [
    D('div.groups_post-w', 'AdvSearcher-Restore; Selenium UI tests [S] §15.4', '2024-12'),
    D('.feed-w', 'unnamed public console script; ruadlist [S]', '2021-01'),
    M('.topic-item', 'reconstruction around `div.topic-block` [?]', '2026-11'),
  ],
  /** Carriers of the topic id: `data-l="…topicId,<tid>,groupId,…"`, topic links. */
  postTopicRef: [
    D('[data-l*="topicId,"]', 'unnamed public code (`topicId,(\\d+),groupId`) [S]', '2022'),
    D('div.media-text_cnt_tx[data-tid]', 'AdvSearcher-Restore [S] §15.4', '2024-12'),
    D('a.media-text_a[href*="/topic/"]', 'unnamed public code [S]', '2022'),
    M('a[href*="st.themeId="]', 'm.ok.ru topic URL, unnamed public code [S]', '2022'),
    M('a[href*="/topic/"]', 'topic URL form [S]; any link [I]', '2026-11'),
  ],
  postDate: [
    D('div.feed-info-date time', 'unnamed public code [S]', '2021–2022'),
    D('div.feed-info-date', 'unnamed public code [S]', '2021–2022'),
    D('div.feed_date', 'AdvSearcher-Restore [S] §15.4', '2024-12'),
    M('.topic-date', 'reconstruction [?]', '2026-11'),
  ],
  postComments: [
    D('a[data-l="t,.k"] .widget_count', 'unnamed public code [S]', '2021'),
    M('a.widget-list_infos_i.__COMMENT span.ic_tx', 'unnamed public code [S]', '2022'),
  ],
  postReshares: [
    D('button[data-type="RESHARE"] .widget_count', 'unnamed public code [S]', '2022'),
    M('a.widget-list_infos_i.__RESHARE span.ic_tx', 'unnamed public code [S]', '2022'),
  ],
  postLikes: [
    D(
      '.widget_cnt.controls-list_lk.js-klass.js-klass-action .widget_count',
      'unnamed public code [S]',
      '2021-01 → 2022',
    ),
    D('.js-klass .widget_count', 'unnamed public code [S]', '2022'),
    M('a[data-type="LIKE"] span.ecnt', 'unnamed public code [S]', '2022'),
  ],
  /** Counter order fallback: [0] comments, [1] reshares, [last] «Класс». */
  postCounterByOrder: [
    D('ul.widget-list > li.widget-list_i span.widget_count.js-count', 'unnamed public code [S]', '2021-01'),
  ],
  postViews: [
    D('ul.widget-list [title*="росмотр"]', 'reconstruction, no DOM source for views [?]', '2026-11'),
    M('.widget-list_infos [title*="росмотр"]', 'reconstruction [?]', '2026-11'),
  ],
  /** The author links of a post item (`/group/<gid>`): another group's id makes it another group's item. */
  postAuthor: [
    D('a.feed-avatar-link[href]', 'unnamed public code [S]', '2022'),
    D('a.group-link.o[href]', 'unnamed public code [S]', '2022'),
  ],
  /** Labels in the post header («Промо», «Реклама», «Закреплено»), read as text. */
  postLabel: [
    D('.feed_label', 'easylist/ruadlist [S]', '2019-03-01'),
    D('[class^="feed"][class*="label"]', 'easylist/ruadlist [S]', '2023-10-29'),
    M('.topic-label', 'reconstruction [?]', '2026-11'),
  ],
  postAd: [
    D('[data-url*="adv_info"]', 'easylist/ruadlist [S]', '2026-03-16'),
    D('button[class*="advert-badge"]', 'easylist/ruadlist [S]', '2024-11-12'),
    M('[data-l*="adv_info"]', 'reconstruction after the desktop marker [?]', '2026-11'),
  ],
  postPinned: [
    D('.feed-w.__pinned', 'reconstruction, OK pinned DOM not found [?]', '2026-11'),
    D('[data-l*="pinned"]', 'reconstruction [?]', '2026-11'),
    M('.topic-item.__pinned', 'reconstruction [?]', '2026-11'),
  ],
  /** A reshared topic of another owner inside the item. */
  postReshare: [
    D('.media-reshare', 'reconstruction, OK reshare DOM not found [?]', '2026-11'),
    D('[data-l*="reshare,"]', 'reconstruction [?]', '2026-11'),
    M('.topic-reshare', 'reconstruction [?]', '2026-11'),
  ],
  /**
   * A post's own text (a reshared topic's text is inside the reshare block), most specific first: the first match
   * gives the first words for «MAX first»; any match marks where the post's words begin (an author link after it is
   * not the item's header; a heading-like text inside it is the post's own words, never a feed block's header).
   */
  postText: [
    D('.media-text_cnt_tx', 'unnamed public code, PHP scraper [S]', '2022'),
    D('.media-text_cnt', 'unnamed public code [S]', '2021–2022'),
    M('span.topic-text_content', 'unnamed public code [S]', '2022'),
    M('.topic-text', 'reconstruction [?]', '2026-11'),
  ],
  /** Next-page marker of the group feed (HTML parsers lower-case `st.markerB`). */
  nextMarker: [
    D('span.invisible[st\\.markerb]', 'unnamed public code [S]', '2022 → 2023-03'),
    D('[st\\.markerb]', 'same attribute on any element [I]', '2026-11'),
  ],
  /** m.ok.ru «Показать ещё»: a plain link to the next page of the group feed. */
  mobileMore: [
    M('a.more-link[href*="st.page="]', 'reconstruction [?]', '2026-11'),
    M('a[href*="st.cmd=altGroupMain"][href*="st.page="]', 'm.ok.ru dk paging [I]', '2026-11'),
  ],

  // ---- plain HTML and OK's URL forms, read as markup ----
  /** `<link rel="canonical">`: the page's own address (a group's `/group/<id>`, a person's `/profile/<id>`). */
  canonical: [html('link[rel="canonical"]', 'HTML standard [S]', '2014')],
  /** Links carrying a group id (`st.groupId=`) outside the posts: a group page's own menus. */
  groupIdLink: [
    D('a[href*="st.groupId="]', 'unnamed public code, `st.groupId=` anywhere in the page [S]', '2021–2023'),
  ],
  /** Topic links of any owner inside a post: another group's topic makes it a reshare. */
  topicLink: [D('a[href*="/topic/"]', 'topic URL form `/group/<gid>/topic/<tid>` [S]', '2022–2024')],
  /** A machine-readable time inside a date element. */
  machineTime: [html('time[datetime]', 'HTML standard [S]', '2014')],
  /** The image inside an avatar or cover element that is not an image itself. */
  image: [html('img', 'HTML standard [S]', '2014')],
  /** Controls inside the description, tested for the «ещё» / «Показать полностью» texts (OK_TEXTS.more). */
  descriptionControl: [D('a, span, button', 'reconstruction [?]', '2026-11')],
  /** Every element of a header block, scanned for the «Госорганизация» label. */
  anyElement: [html('*', 'every element [S]', '2014')],
} as const satisfies SelectorSet<string>;

export type OkSelectorName = keyof typeof OK_SELECTORS;

/** Text markers: lower-case words and phrases, found in normalised text (lib/sites/core/text.ts `norm`). */
export const OK_TEXTS = {
  /** «Госорганизация» label next to the name (public guidance: «метка Госорганизация»; DOM unknown). */
  govMark: words(['госорганизация', 'государственная организация'], 'public guidance [I]', '2024'),
  /** Post labels. «Промо», «Реклама». */
  ad: words(
    ['промо', 'реклама', 'рекламная запись'],
    'easylist/ruadlist «Промо» 2019, «Реклама» 2023 [S]',
    '2019–2023',
  ),
  pinned: words(
    ['закреплено', 'закреплённая тема', 'закрепленная тема', 'тема закреплена'],
    'reconstruction [?]',
    '2026-11',
  ),
  /** The header of a recommendations block among the wall's items (ruadlist, ok.ru/feed). */
  recommendations: words(['может быть интересно'], 'easylist/ruadlist [S] §15.4', '2026-03-16'),
  /** The heading of the description panel (the group menu's tab «О группе» [S]; as the panel's heading [I]). */
  aboutHeading: words(['информация о группе', 'о группе'], 'menu tab [S]; heading [I]', '2023'),
  /** The description is cut at a control with this text. */
  more: words(['ещё', 'показать полностью', 'подробнее'], 'reconstruction [?]', '2026-11'),
  /** Access notices. */
  deleted: words(
    ['этой страницы нет в ok', 'группа удалена', 'страница удалена'],
    '«Этой страницы нет в OK» [S]; the rest [?]',
    '2023',
  ),
  blocked: words(
    ['группа заблокирована', 'доступ к группе ограничен', 'заблокирована по решению'],
    'reconstruction [?]',
    '2026-11',
  ),
  closed: words(['это закрытая группа', 'закрытая группа'], 'reconstruction [?]', '2026-11'),
  /** A rate-limit page served instead of a feed continuation. */
  rateLimit: words(['слишком много запросов'], 'reconstruction [?]', '2026-11'),
  captcha: words(
    ['введите код с картинки', 'подтвердите, что вы не робот', 'captcha'],
    'reconstruction [?]',
    '2026-11',
  ),
} as const satisfies Record<string, WordsMarker>;

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
 * (docs/markup.md: its DOM is unknown on VK and OK), so the reader finds the mark by its text only and never says
 * 'missing'. Add a layout here only from a captured page that shows the mark's markup, with fixtures with and without.
 */
export const OK_A_PLUS_MARKERS: Partial<Record<'ok-desktop' | 'ok-mobile', readonly string[]>> = {};
