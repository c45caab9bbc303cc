/**
 * VK markup as data: every CSS selector and text marker the VK reader relies on, named, newest generation first,
 * each with its layout generation, the evidence and its date, and an expiry where it is expected to go away.
 * Evidence and the reasoning per field: docs/markup.md (VK sections). [S] = a public source shows it literally;
 * [I] = inferred; [?] = unverified. No real 2024–2026 page was available: the first real capture must correct this.
 *
 * A broken selector is fixed here alone: tests/lib/sites/selectors.test.ts checks that every alternative is valid,
 * attributed, dated and used, and how many elements each matches on every golden page.
 * A new layout generation: add its id to VK_GENERATIONS, its markers to the `header…` names and its alternatives,
 * newest first, to the names it changes (docs/architecture.md).
 */
import { type PatternMarker, pattern, type SelectorSet, selectorsOf } from '../types';

/**
 * VK's layout generations, newest first (docs/markup.md): what `CommunityPage.layout` names. 'vk-react' is the
 * 2025–2026 React community header that logged-in users see (docs/markup.md §15.1, §16); 'vk-g3' the vkit/SPA markup
 * of posts and profiles.
 */
export const VK_GENERATIONS = ['vk-react', 'vk-g3', 'vk-g2', 'vk-g1', 'vk-mobile'] as const;
export type VkGeneration = (typeof VK_GENERATIONS)[number];

const react = selectorsOf('vk-react');
const g3 = selectorsOf('vk-g3');
const g2 = selectorsOf('vk-g2');
const g1 = selectorsOf('vk-g1');
const mob = selectorsOf('vk-mobile');
/** Markup seen across generations. */
const any = selectorsOf('any');

export const VK_SELECTORS = {
  // ---- layout: tell-tale header markers per generation
  /** The 2025–2026 React community header (docs/markup.md §15.1): any one of its own markers. */
  headerReact: [
    react('[data-testid="group-name"]', 'djilet/vk-parser-v2 communityPage.js [S]', '2026-05'),
    react('[data-testid="communityheader_cover"]', 'VK Tools userscript [S]', '2025'),
    // under the SPA root (§15.1 [S]): a substring class test is a walk of the whole page, skipped where there is none
    react(
      '#spa_root [class*="CommunityHeader__contentWrapper--"]',
      'VK Tools userscript; VKify `#spa_root` [S]',
      '2025–2026',
    ),
  ],
  headerG3: [
    g3('#spa_layout_content #owner_page_name', 'profiles [S]; communities [?]', '2024–2026'),
    g3('#spa_layout_content h2.OwnerPageName', 'profiles [S]; communities [?]', '2024–2026'),
  ],
  headerG2: [
    g2('.page_block.redesigned-cover-block', 'Puppeteer code [S]', '2024'),
    g2('.redesigned-group-info', 'Selenide tests [S]', '2024'),
  ],
  headerG1: [
    g1('#page_avatar', 'social_crawler [S]', '2022', '2027-01-01'),
    g1('.page_block #page_info_wrap h1.page_name', 'snscrape [S]', '2020–2023', '2027-01-01'),
  ],
  headerMobile: [
    mob('.owner_panel.profile_panel', 'm.vk [I]', '2018–2023'),
    mob('.BasisGroupHeader', 'm.vk [?]', '2023–2026'),
  ],
  /** The header's areas: where the name, the «Госорганизация» label and the «А+» mark render. */
  headerArea: [
    any('.page_top', 'G1/G2 header [S]', '2016–2024'),
    any('.redesigned-group-info', 'G2 header [S]', '2024'),
    any('#owner_page_name', 'G3 profiles [S]', '2024–2026'),
    any('.OwnerPageName', 'G3 profiles [S]', '2024–2026'),
    any('[data-testid="group-header"]', 'G3 header [?]', '2025–2026'),
    react(
      '#spa_root [class*="CommunityHeader__contentWrapper--"]',
      'VK Tools userscript; VKify `#spa_root` [S]',
      '2025–2026',
    ),
  ],
  /**
   * The React header's info modal (docs/markup.md §15.1), in the DOM only while the user has it open: the reader
   * never opens it. Where the «Подтверждено через Госуслуги» text may be read.
   */
  infoModal: [
    react('[data-testid="community-info-modal"]', 'djilet/vk-parser-v2 communityDescription.js [S]', '2026-05'),
  ],
  // ---- person or community
  profileMarker: [
    g1('#profile', 'social_crawler [S]', '2022'),
    g3('[data-testid="profile-avatar"]', 'm.vk/profile [S]', '2023–2026'),
    g3('.ProfileHeader', 'reconstruction [?]', '2025'),
  ],
  communityMarker: [
    react(
      '#spa_root > .vkui__root #group .vkitInternalTwoColumnLayoutColumn',
      'VKify swap-columns.css, VK Tools [S]; the nesting [I]',
      '2025–2026',
    ),
    react(
      '#spa_root > .vkui__root #public .vkitInternalTwoColumnLayoutColumn',
      'VKify swap-columns.css, VK Tools [S]; the nesting [I]',
      '2025–2026',
    ),
    g1('#public', 'social_crawler [S]', '2022'),
    g1('#group', 'social_crawler [S]', '2022'),
  ],
  // ---- access: closed, blocked, deleted
  closed: [
    any('.profile_closed_wall_dummy', 'public scrapers [S]', '2018–2023'),
    any('.group_closed_text', 'reconstruction [I]', '2022'),
  ],
  blocked: [
    any('.groups_blocked', 'public scrapers [S]', '2018–2023'),
    any('.profile_blocked', 'reconstruction [I]', '2022'),
  ],
  deleted: [
    any('h5.profile_deleted_text', 'public scrapers [S]', '2018–2023'),
    any('.groups_deleted', 'reconstruction [I]', '2022'),
  ],
  /** Where a closed, blocked or deleted page says so in words. */
  accessNotice: [
    any('.message_page_body', 'VK message page [I]', '2018–2024'),
    any('.groups_blocked_text', 'reconstruction [I]', '2022'),
    any('.page_block_closed', 'reconstruction [I]', '2022'),
    any('[data-testid="group-closed"]', 'reconstruction [?]', '2025'),
  ],
  // ---- header fields
  name: [
    react('[data-testid="group-name"]', 'djilet/vk-parser-v2 communityPage.js [S]', '2026-05'),
    g3('#owner_page_name', 'profiles [S]; communities [?]', '2024–2026'),
    g3('h2.OwnerPageName', 'profiles [S]; communities [?]', '2024–2026'),
    g2('.redesigned-group-info__main .page_top h1', 'Puppeteer [S]', '2024'),
    g1('h1.page_name', 'snscrape [S]', '2020–2023'),
    mob('.owner_panel .op_header', 'm.vk [I]', '2018–2023'),
    mob('.BasisGroupHeader__title', 'm.vk [?]', '2023–2026'),
  ],
  /** Badges and icons inside the name element, left out of the name's text. */
  nameBadge: [
    any('[class*="GovernmentCommunityBadge"]', 'VKAdmin [S]', '2024–2025'),
    any('.page_verified', 'snscrape [S]', '2020–2023'),
    any('.OwnerPageName__icons', 'G3 profiles [S]', '2024–2026'),
  ],
  members: [
    g2('#page_subscribers .redesigned-group-subscribers', 'public code [S]', '2024'),
    g2('#page_subscribers span', 'public code [S]', '2024'),
    g1('#public_followers .header_count', 'snscrape [S]', '2020–2023'),
    g1('#group_followers .header_count', 'snscrape [S]', '2020–2023'),
    mob('em.pm_counter', 'm.vk [S]', '2018'),
  ],
  avatarImg: [
    react(
      '#spa_root [class*="CommunityHeader__avatar--"] img',
      'VK Tools userscript; VKify `#spa_root` [S]',
      '2025–2026',
    ),
    g3('[data-testid="owner-page-avatar"] img', 'reconstruction [?]', '2025–2026'),
    g2('.redesigned-group-avatar img.AvatarRich__img', 'public code [S]', '2024'),
    g2('.redesigned-group-avatar img', 'public code [S]', '2024'),
    g1('#page_avatar img.page_avatar_img', 'social_crawler [S]', '2022'),
    mob('.owner_panel img.op_avatar', 'm.vk [I]', '2018–2023'),
    mob('.BasisGroupHeader .vkuiImageBase__img', 'm.vk [S]', '2023–2026'),
  ],
  /** The React header's cover container: on every community page, with or without a cover (docs/markup.md §15.1). */
  coverContainer: [react('[data-testid="communityheader_cover"]', 'VK Tools userscript [S]', '2025')],
  coverBlock: [
    g2('.redesigned-group-cover__img', 'public code [S]', '2024'),
    g2('.redesigned-group-cover', 'public code [S]', '2024'),
    g1('.page_cover', 'social_crawler [S]', '2022'),
    g1('a.page_cover_image', 'public code [S]', '2018'),
  ],
  /** The cover's image when it is an element (else the block's `background-image`). */
  coverImage: [any('img[src]', 'any image inside the cover block [I]; React header `img[src]` [S]', '2018–2025')],
  descriptionBlock: [
    react(
      '[data-testid="community-info-modal"] [data-testid="community-info-description"] .vkuiMiniInfoCell__middle',
      'djilet/vk-parser-v2 communityDescription.js [S]',
      '2026-05',
    ),
    react('[data-testid="community-info-description"]', 'djilet/vk-parser-v2 communityDescription.js [S]', '2026-05'),
    g2('#page_group_info_block .line_value', 'public code [S]', '2024'),
    g2('#page_group_info_block', 'public code [S]', '2024'),
    g1('#page_info_wrap .group_info_row.info .line_value', 'social_crawler [S]', '2022'),
    g1('#page_current_info', 'social_crawler [S]', '2022'),
    mob('.group_info .pi_text', 'm.vk [?]', '2018–2023'),
  ],
  /**
   * Pieces of a G1/G2 description block by their own classes (no ancestor named): when one is on the page and no
   * `descriptionBlock` matched, the markup drifted around it — not evidence of no description.
   */
  descriptionTrace: [
    any('.group_info_row', 'social_crawler [S]', '2022'),
    any('.line_value', 'social_crawler, public code [S]', '2022–2024'),
  ],
  /** A «Подробнее» / «Показать полностью» control on the page: the description is cut. */
  descriptionMore: [
    react('[data-testid="open_full_info_modal"]', 'djilet/vk-parser-v2 communityPage.js [S]', '2026-05'),
    g2('#page_group_info_block .groups-redesigned-info-more', 'public code [S]', '2024'),
    g1('#page_info_wrap .wall_post_more', 'public code [S]', '2018'),
    g1('#page_info_wrap .group_info_row_more', 'reconstruction [I]', '2022'),
  ],
  /** The same controls inside the description, left out of its text. */
  descriptionMoreControl: [
    g2('.groups-redesigned-info-more', 'public code [S]', '2024'),
    g1('.wall_post_more', 'public code [S]', '2018'),
    g1('.group_info_row_more', 'reconstruction [I]', '2022'),
  ],
  /** Areas where ПОС menu items and widgets live. */
  menuArea: [
    g3('[data-testid="group-menu"]', 'reconstruction [?]', '2025–2026'),
    g2('#group_section_menu_gallery', 'find-pos-widgets [S]', '2023-05'),
    g1('#group_apps_wrapper', 'reconstruction [I]', '2022'),
    g1('.group_apps_list', 'reconstruction [I]', '2022'),
  ],
  /** The links block and the info block, where a registry link may sit besides the description. */
  linksBlock: [
    react('[data-testid="group-info-site"]', 'djilet/vk-parser-v2 communityDescription.js [S]', '2026-05'),
    react('[data-testid="community-info-status"]', 'djilet/vk-parser-v2 communityDescription.js [S]', '2026-05'),
    any('#page_group_info_block', 'G2 info block [S]', '2024'),
    any('#group_links', 'reconstruction [I]', '2022'),
    any('.group_links', 'reconstruction [I]', '2022'),
    any('#public_links', 'reconstruction [I]', '2022'),
    any('[data-testid="group-links"]', 'reconstruction [?]', '2025'),
  ],
  govBadge: [
    any('.GovernmentCommunityBadge', 'VKAdmin [S]', '2024-05 → 2025-06'),
    any('[class~="GovernmentCommunityBadge--tooltip"]', 'VKAdmin [S]', '2024-06'),
    any('[class*="GovernmentCommunityBadge"]', 'class prefix [I]', '2024'),
  ],
  // ---- wall and posts
  wall: [
    g3('[data-testid="feed_main_container"] div[role="feed"]', 'vk-classic-feed [S]', '2025-09'),
    g3('#spa_layout_content div[role="feed"]', 'public code [S]', '2025–2026'),
    any('#page_wall_posts', 'snscrape, vk-classic-feed [S]', '2016–2024'),
    mob('#posts_container', 'ruadlist [S]', '2026-01'),
    mob('.wall_posts', 'm.vk [I]', '2018–2023'),
  ],
  /** «Записей нет»: the wall is there and empty. */
  wallEmpty: [
    any('.no_posts', 'snscrape [S]', '2020–2023'),
    any('[data-testid="wall-empty"]', 'reconstruction [?]', '2025'),
  ],
  /** A virtualised G3 feed's items (`data-index` from 0): a feed whose first items are gone was not seen whole. */
  feedItem: [g3('article[data-index]', 'vk-classic-feed [S]', '2025-09')],
  postRoot: [
    g3('[data-testid="post"][data-post-id]', 'VKify [S]', '2026'),
    g3('div[data-post-id][data-post-nesting-lvl="0"]', 'public code [S]', '2025–2026'),
    g2('.post.Post--redesign[data-post-id]', 'vk-music-saver [S]', '2026-01'),
    g2('.post.post--withPostBottomAction[data-post-id]', 'vk-classic-feed [S]', '2024–2025'),
    g1('div.post._post[data-post-id]', 'vk-classic-feed [S]', '2024–2025'),
    g1('div.post[data-post-id]', 'snscrape [S]', '2020–2023'),
    mob('#posts_container > [data-post-id]', 'ruadlist [S]', '2026-01'),
    mob('.wall_item', 'm.vk [S]', '2018–2024'),
  ],
  /** Post-like blocks besides the roots (nested reposts, quotes): each counter belongs to its nearest block. */
  postScope: [
    g3('[data-post-nesting-lvl]', 'public code [S]', '2025–2026'),
    g1('.copy_quote', 'snscrape [S]', '2020–2023'),
    g2('.PostCopyQuote--redesignV3', 'vk-classic-feed [S]', '2024–2025'),
    g1('.copy_post', 'public code [S]', '2018'),
  ],
  /** Comment replies rendered like posts: never a post. */
  replyRoot: [g1('.reply', 'vk-music-saver `._post:not(.reply)` [S]', '2026-01')],
  postExec: [
    any('.PostContentContainer[data-exec]', 'six parsers [S]', '2025'),
    any('[data-exec*="PostContentContainer"]', 'attribute form [I]', '2025'),
  ],
  /** The author's id of a post (`data-from-id`): a person's id is a visitor's post. */
  postAuthor: [g1('[data-from-id]', 'social_crawler `.post_author a.author[data-from-id]` [S]', '2022')],
  postDate: [
    g3('[data-testid="post_date_block_preview"]', 'VKify [S]', '2026'),
    g2('time.PostHeaderSubtitle__item', 'RSS-Bridge [S]', '2022–2025'),
    g2('.PostDateBlock__root', 'vk-classic-feed [S]', '2024–2025'),
    g1('.post_date .rel_date', 'social_crawler [S]', '2022'),
    mob('.PostHeaderTime', 'm.vk [S]', '2023–2026'),
    mob('a.wi_date', 'm.vk [S]', '2018–2023'),
  ],
  /** The absolute date text of a G1/G2 label (`abs_time`), inside the date element. */
  postAbsTime: [any('[abs_time]', 'RSS-Bridge [S]', '2023-03')],
  postTime: [
    any('.rel_date[time]', 'G1/G2 fresh posts [S]', '2016–2024'),
    any('time[datetime]', 'a 2026 scraper, defensive [?]', '2026'),
  ],
  /** A post's own text (a nested repost's text is in its own block): first words for «MAX first» (docs/max.md). */
  postText: [
    g3('[data-testid="showmoretext-in"]', 'VKify, vk-classic-feed [S]', '2025–2026'),
    g3('[class*="vkitPostText__root"]', 'VKify, vk-classic-feed [S]', '2025–2026'),
    any('.wall_post_text', 'snscrape, RSS-Bridge [S]', '2016–2025'),
  ],
  postLink: [
    g3('[data-testid="post_date_block_preview"][href]', 'VKify [S]', '2026'),
    g2('a.PostHeaderSubtitle__link[href*="wall-"]', 'RSS-Bridge [S]', '2022–2025'),
    g1('a.post_link[href*="wall-"]', 'snscrape [S]', '2020–2023'),
    mob('a.post__anchor[name^="wall-"]', 'm.vk [S]', '2018'),
  ],
  likes: [
    g3('[data-testid="post_footer_action_like"]', 'VKify [S]', '2026'),
    g2('.PostButtonReactions__title', 'RSS-Bridge [S]', '2023'),
    g2('.PostBottomAction__count._like_button_count', 'vk-classic-feed [S]', '2024–2025'),
    g1('a.like_btn.like._like[data-count]', 'snscrape [S]', '2020–2023'),
    g1('.like_button_count', 'snscrape [S]', '2020–2023'),
    mob('b.v_like', 'm.vk [S]', '2018'),
  ],
  comments: [
    g3('[data-testid="post_footer_action_comment"]', 'VKify [S]', '2026'),
    g2('.PostBottomAction.comment[data-count]', 'RSS-Bridge [S]', '2022–2025'),
    g1('.like_btn.comment[data-count]', 'snscrape [S]', '2020–2023'),
    mob('a.wr_header[offs]', 'm.vk [S]', '2018'),
  ],
  reposts: [
    g3('[data-testid="post_footer_action_share"]', 'VKify [S]', '2026'),
    g2('.PostBottomAction.share[data-count]', 'RSS-Bridge [S]', '2022–2025'),
    g1('.like_btn.share._share[data-count]', 'snscrape [S]', '2020–2023'),
    mob('b.v_share', 'm.vk [S]', '2018'),
  ],
  views: [
    g3('[data-testid="post_footer_views"]', 'no testid known [?]', '2026'),
    g3('[title*="росмотр"]', 'heuristic of 2026 scrapers [?]', '2026'),
    g2('.like_views.like_views--inActionPanel[title]', 'RSS-Bridge [S]', '2022–2025'),
    g2('._views[data-count]', 'public code [S]', '2023'),
    g1('.like_views._views', 'snscrape [S]', '2020–2023'),
    mob('.item_views', 'm.vk [?]', '2018–2023'),
  ],
  pinned: [
    any('.wall_fixed_label', 'G1 label [S]', '2016–2022'),
    g3('[data-testid="post-pinned-label"]', 'reconstruction [?]', '2025'),
  ],
  /** A pinned post's root class. */
  pinnedRoot: [g1('.post_fixed', 'snscrape, public code [S]', '2016–2024')],
  ad: [
    any('.wall_marked_as_ads', 'ruadlist [S]', '2017-09'),
    any('.post_marked_as_ads', 'ruadlist [S]', '2023-01'),
    any('[data-ad-view]', 'ruadlist [S]', '2022-10'),
    any('[data-ad-block-uid]', 'ruadlist [S]', '2022'),
    any('._ads_promoted_post_data_w', 'ruadlist [S]', '2025-02'),
    g3('[aria-label="Реклама от автора"]', 'ruadlist [S]', '2026-07'),
    g3('[data-testid="post-header-subscription-button"][aria-label="Рекламная запись"]', 'public code [S]', '2026'),
  ],
  /** Where a post's header says «Реклама» in words (adLabel). */
  postLabel: [
    g3('[data-testid="post-header-subtitle"] *', 'VKify [S]', '2026'),
    g2('.PostHeaderSubtitle__item', 'ruadlist [S]', '2023-01'),
    mob('.PostHeader__description--overflow', 'ruadlist [S]', '2026-01'),
    g1('.post_date', 'social_crawler [S]', '2022'),
  ],
  /** An advertising token in a post's link (`erid=`, the law's ad marking). */
  adLink: [any('a[href*="erid="]', 'public code [S]', '2023–2026')],
  repost: [
    g3('[data-post-nesting-lvl]:not([data-post-nesting-lvl="0"])', 'public code [S]', '2025–2026'),
    g2('.PostCopyQuote--redesignV3', 'vk-classic-feed [S]', '2024–2025'),
    g2('.CopyPost__authorLink', 'public code [S]', '2023'),
    g1('.copy_quote', 'snscrape [S]', '2020–2023'),
    g1('.copy_post_header', 'public code [S]', '2018'),
    mob('.pic_header', 'm.vk [?]', '2018–2023'),
  ],
  /** A repost's root class. */
  repostRoot: [g1('.post_copy', 'public code [S]', '2016–2024')],
  clip: [
    any('a[href*="/clip-"]', 'clip URL form [I]', '2022'),
    any('[data-testid="clip-attachment"]', 'reconstruction [?]', '2025'),
  ],
  poll: [
    any('.media_voting', 'G1 [I]', '2018'),
    g3('[data-testid="poll"]', 'reconstruction [?]', '2025'),
    any('a[href*="/poll-"]', 'poll URL form [I]', '2022'),
  ],
  skeleton: [
    any('.PostContentDumbSkeleton', 'vknext [S]', '2024–2026'),
    any('[class*="PostSkeleton__root"]', 'vknext [S]', '2024–2026'),
    any('.ReactEntryRootClone', 'vknext [S]', '2024–2026'),
  ],
  /** The admin-only «Отложенные записи» view: no public markup; the wall markup is shared [I]. */
  postponedView: [
    any('#page_postponed_posts', 'reconstruction [?]', '2022'),
    any('.wall_postponed_posts', 'reconstruction [?]', '2022'),
  ],
} as const satisfies SelectorSet<string>;

export type VkSelectorName = keyof typeof VK_SELECTORS;

/** Text markers: patterns matched against text, `title` or `aria-label` (case-insensitive). */
export const VK_TEXTS = {
  /** «Госорганизация» next to the name (the badge's visible text and tooltip). */
  govLabel: pattern(/^госорганизация$|^government organization$/i, 'regional news pages, VKAdmin [S]', '2024–2025'),
  /** The mark's tooltip / info text on the React header (docs/markup.md §15.1). */
  govConfirmed: pattern(/^подтверждено через госуслуги\.?$/i, 'VKAdmin forks, regional news pages [S]', '2025–2026'),
  /** A post labelled as advertising («Реклама», «Community ad», Belarusian and Kazakh UIs). */
  adLabel: pattern(
    /^(?:реклама|рэклама|жарнама|community ad|ad|advertisement)$/i,
    'ruadlist `.PostHeaderSubtitle__item:-abp-contains(Реклама)` [S]; other UIs [I]',
    '2023-01',
  ),
  /** VK's generic meta description: says nothing about the community (docs/markup.md §15.5). */
  boilerplateDescription: pattern(
    /^(?:ВКонтакте|VK)\s*[–—-]\s*универсальное средство для общения и поиска друзей/i,
    'vk.com meta description [S]',
    '2026-12',
  ),
  /** The site's suffix of `og:title` («Администрация — ВКонтакте»). */
  ogTitleSuffix: pattern(
    /\s*[|—-]\s*(?:ВКонтакте|VK|VK\.com)\s*$/i,
    'Selenium page object, RSS-Bridge [S]',
    '2023–2024',
  ),
  /** Access notices, in the order they are tested. */
  blockedNotice: pattern(/заблокирован|blocked/i, '«Сообщество заблокировано…» [S]', '2018–2024'),
  deletedNotice: pattern(/удалено|удалён|deleted/i, 'VK notices [I]', '2018–2024'),
  privateNotice: pattern(/частное|private/i, '«Это частное сообщество…» [S]', '2018–2024'),
  closedNotice: pattern(/закрыт|closed/i, '«Это закрытая группа» [I]', '2018–2024'),
  /** Avatar placeholders: the default image counts as no avatar. */
  placeholderAvatar: pattern(
    /\/images\/(?:community_(?:50|100|200)|camera_\w+|deactivated_\w+)\.(?:png|gif|jpg)/i,
    'API samples and UI tests (`/images/community_100.png?ava=1`) [S]',
    '2018–2024',
  ),
  /** Block pages served instead of a wall page (lib/sites/vk/collect.ts). */
  rateLimitPage: pattern(
    /однотипной страницы в секунду|слишком много запросов|too many requests|\/429\.html/i,
    'public code, RSS-Bridge (`/429.html`) [S]',
    '2018–2024',
  ),
  captchaPage: pattern(
    /captcha_sid|class="[^"]*\bcaptcha\b|введите код с картинки|\/captcha\.php|challenge\.html/i,
    'snscrape, public code [S]',
    '2018–2025',
  ),
  membersOnlyPage: pattern(
    /profile_closed_wall_dummy|это закрытая группа|это закрытое сообщество|это частное сообщество/i,
    'public scrapers [S]',
    '2018–2024',
  ),
  /** A page that shows posts is no block page, whatever else it says. */
  postsInPage: pattern(/data-post-id/, 'G1–G3 post roots [S]', '2016–2026'),
  /** The wall's end marker in a fetched page (`<div class="page_block no_posts">`). */
  noPostsInPage: pattern(/class="[^"]*\bno_posts\b/, 'snscrape [S]', '2020–2023'),
} as const satisfies Record<string, PatternMarker>;

/**
 * CSS markers of the platform's «А+» mark per header generation (docs/rkn-registration.md). None is documented yet
 * (docs/markup.md: its DOM is unknown on VK), so the reader finds the mark by its text only and never says 'missing'.
 * Add a generation here only from a captured page that shows the mark's markup, with a fixture with and without it.
 */
export const VK_A_PLUS_MARKERS: Partial<Record<VkGeneration, readonly string[]>> = {};
