/**
 * VK selectors as data: named alternatives per field, newest generation first.
 * Catalogue and sources: /work/shared/reference/vk-ok-markup.md (§ numbers below).
 * [S] = a public source shows it literally; [I] = inferred; [?] = unverified.
 * Nothing here was checked against a real 2024–2026 page: the first real capture must correct it.
 */
import type { SelectorAlternative, SelectorSet } from '../types';

export type VkSelectorName =
  | 'headerG3'
  | 'headerG2'
  | 'headerG1'
  | 'headerMobile'
  | 'name'
  | 'members'
  | 'avatarImg'
  | 'coverBlock'
  | 'descriptionBlock'
  | 'descriptionMore'
  | 'menuArea'
  | 'govBadge'
  | 'verified'
  | 'closed'
  | 'blocked'
  | 'deleted'
  | 'profileMarker'
  | 'communityMarker'
  | 'wall'
  | 'postRoot'
  | 'postExec'
  | 'postDate'
  | 'postTime'
  | 'postLink'
  | 'likes'
  | 'comments'
  | 'reposts'
  | 'views'
  | 'pinned'
  | 'ad'
  | 'repost'
  | 'clip'
  | 'poll'
  | 'skeleton'
  | 'postponedView';

// Sources are comments (not runtime strings) to keep the content-script bundle small.
const g3 = (css: string): SelectorAlternative => ({ css, generation: 'vk-g3' });
const g2 = (css: string): SelectorAlternative => ({ css, generation: 'vk-g2' });
const g1 = (css: string, expires?: string): SelectorAlternative =>
  expires ? { css, generation: 'vk-g1', expires } : { css, generation: 'vk-g1' };
const mob = (css: string): SelectorAlternative => ({ css, generation: 'vk-mobile' });
const any = (css: string): SelectorAlternative => ({ css, generation: 'any' });

export const VK_SELECTORS: SelectorSet<VkSelectorName> = {
  // §1: tell-tale header markers per generation
  headerG3: [
    g3('#spa_layout_content #owner_page_name'), // profiles 2024–2026 [S]; communities [?]
    g3('#spa_layout_content h2.OwnerPageName'), // profiles 2024–2026 [S]; communities [?]
  ],
  headerG2: [
    g2('.page_block.redesigned-cover-block'), // Puppeteer code ~2024 [S]
    g2('.redesigned-group-info'), // Selenide tests ~2024 [S]
  ],
  headerG1: [
    // TODO [2027-01-01]: drop G1 if no capture shows it any more
    g1('#page_avatar', '2027-01-01'), // social_crawler 2022 [S]
    g1('.page_block #page_info_wrap h1.page_name', '2027-01-01'), // snscrape 2020–2023 [S]
  ],
  headerMobile: [
    mob('.owner_panel.profile_panel'), // m.vk ~2018–2023 [I]
    mob('.BasisGroupHeader'), // m.vk 2023–2026 [?]
  ],
  // §3.1
  name: [
    g3('#owner_page_name'), // 2024–2026 [S] profiles; [?] communities
    g3('h2.OwnerPageName'), // 2024–2026 [S] profiles; [?] communities
    g2('.redesigned-group-info__main .page_top h1'), // Puppeteer ~2024 [S]
    g1('h1.page_name'), // snscrape 2020–2023 [S]
    mob('.owner_panel .op_header'), // m.vk ~2018–2023 [I]
    mob('.BasisGroupHeader__title'), // m.vk 2023–2026 [?]
  ],
  // §3.3
  members: [
    g2('#page_subscribers .redesigned-group-subscribers'), // ~2024 [S]
    g2('#page_subscribers span'), // ~2024 [S]
    g1('#public_followers .header_count'), // snscrape 2020–2023 [S]
    g1('#group_followers .header_count'), // snscrape 2020–2023 [S]
    mob('em.pm_counter'), // m.vk ~2018 [S]
  ],
  // §3.4
  avatarImg: [
    g3('[data-testid="owner-page-avatar"] img'), // 2025–2026 [?]
    g2('.redesigned-group-avatar img.AvatarRich__img'), // ~2024 [S]
    g2('.redesigned-group-avatar img'), // ~2024 [S]
    g1('#page_avatar img.page_avatar_img'), // social_crawler 2022 [S]
    mob('.owner_panel img.op_avatar'), // m.vk ~2018–2023 [I]
    mob('.BasisGroupHeader .vkuiImageBase__img'), // m.vk 2023–2026 [S]
  ],
  // §3.5
  coverBlock: [
    g2('.redesigned-group-cover__img'), // ~2024 [S]
    g2('.redesigned-group-cover'), // ~2024 [S]
    g1('.page_cover'), // social_crawler 2022 [S]
    g1('a.page_cover_image'), // ~2018 [S]
  ],
  // §3.6
  descriptionBlock: [
    g2('#page_group_info_block .line_value'), // ~2024 [S]
    g2('#page_group_info_block'), // ~2024 [S]
    g1('#page_info_wrap .group_info_row.info .line_value'), // social_crawler 2022 [S]
    g1('#page_current_info'), // social_crawler 2022 [S]
    mob('.group_info .pi_text'), // m.vk [?]
  ],
  descriptionMore: [
    g2('#page_group_info_block .groups-redesigned-info-more'), // ~2024 [S]
    g1('#page_info_wrap .wall_post_more'), // ~2018 [S]
    g1('#page_info_wrap .group_info_row_more'), // [I]
  ],
  // §3.7: areas where ПОС menu items / widgets live
  menuArea: [
    g3('[data-testid="group-menu"]'), // 2025–2026 [?]
    g2('#group_section_menu_gallery'), // find-pos-widgets 2023-05 [S]
    g1('#group_apps_wrapper'), // [I]
    g1('.group_apps_list'), // [I]
  ],
  // §3.8
  govBadge: [
    any('.GovernmentCommunityBadge'), // VKAdmin 2024-05 → 2025-06 [S]
    any('[class~="GovernmentCommunityBadge--tooltip"]'), // VKAdmin 2024-06 [S]
    any('[class*="GovernmentCommunityBadge"]'), // [I]
  ],
  // §3.10
  verified: [g1('h1.page_name .page_verified'), g1('a[href="/verify"].page_verified')], // snscrape [S]; ~2018 [S]
  // §6.3
  closed: [any('.profile_closed_wall_dummy'), any('.group_closed_text')], // [S]; [I]
  blocked: [any('.groups_blocked'), any('.profile_blocked')], // [S]; [I]
  deleted: [any('h5.profile_deleted_text'), any('.groups_deleted')], // [S]; [I]
  // §2: person or community
  profileMarker: [
    g1('#profile'), // social_crawler 2022 [S]
    g3('[data-testid="profile-avatar"]'), // m.vk/profile 2023–2026 [S]
    g3('.ProfileHeader'), // [?]
  ],
  communityMarker: [g1('#public'), g1('#group')], // social_crawler 2022 [S]; social_crawler 2022 [S]
  // §4.1
  wall: [
    g3('[data-testid="feed_main_container"] div[role="feed"]'), // vk-classic-feed 2025-09 [S]
    g3('#spa_layout_content div[role="feed"]'), // 2025–2026 [S]
    any('#page_wall_posts'), // 2016–2024 [S]
    mob('#posts_container'), // ruadlist 2026-01 [S]
    mob('.wall_posts'), // m.vk ~2018–2023 [I]
  ],
  postRoot: [
    g3('[data-testid="post"][data-post-id]'), // VKify 2026 [S]
    g3('div[data-post-id][data-post-nesting-lvl="0"]'), // 2025–2026 [S]
    g2('.post.Post--redesign[data-post-id]'), // vk-music-saver 2026-01 [S]
    g2('.post.post--withPostBottomAction[data-post-id]'), // vk-classic-feed 2024–2025 [S]
    g1('div.post._post[data-post-id]'), // vk-classic-feed 2024–2025 [S]
    g1('div.post[data-post-id]'), // snscrape 2020–2023 [S]
    mob('#posts_container > [data-post-id]'), // ruadlist 2026-01 [S]
    mob('.wall_item'), // m.vk ~2018–2024 [S]
  ],
  postExec: [
    any('.PostContentContainer[data-exec]'), // six parsers ~2025 [S]
    any('[data-exec*="PostContentContainer"]'), // [I]
  ],
  postDate: [
    g3('[data-testid="post_date_block_preview"]'), // VKify 2026 [S]
    g2('time.PostHeaderSubtitle__item'), // RSS-Bridge 2022–2025 [S]
    g2('.PostDateBlock__root'), // 2024–2025 [S]
    g1('.post_date .rel_date'), // social_crawler 2022 [S]
    mob('.PostHeaderTime'), // m.vk 2023–2026 [S]
    mob('a.wi_date'), // m.vk ~2018–2023 [S]
  ],
  postTime: [any('.rel_date[time]'), any('time[datetime]')], // G1/G2 fresh posts [S]; 2026 scraper, defensive [?]
  postLink: [
    g3('[data-testid="post_date_block_preview"][href]'), // VKify 2026 [S]
    g2('a.PostHeaderSubtitle__link[href*="wall-"]'), // RSS-Bridge [S]
    g1('a.post_link[href*="wall-"]'), // snscrape [S]
    mob('a.post__anchor[name^="wall-"]'), // m.vk ~2018 [S]
  ],
  likes: [
    g3('[data-testid="post_footer_action_like"]'), // VKify 2026 [S]
    g2('.PostButtonReactions__title'), // RSS-Bridge 2023 [S]
    g2('.PostBottomAction__count._like_button_count'), // vk-classic-feed [S]
    g1('a.like_btn.like._like[data-count]'), // snscrape [S]
    g1('.like_button_count'), // snscrape [S]
    mob('b.v_like'), // m.vk ~2018 [S]
  ],
  comments: [
    g3('[data-testid="post_footer_action_comment"]'), // VKify 2026 [S]
    g2('.PostBottomAction.comment[data-count]'), // RSS-Bridge [S]
    g1('.like_btn.comment[data-count]'), // snscrape [S]
    mob('a.wr_header[offs]'), // m.vk ~2018 [S]
  ],
  reposts: [
    g3('[data-testid="post_footer_action_share"]'), // VKify 2026 [S]
    g2('.PostBottomAction.share[data-count]'), // RSS-Bridge [S]
    g1('.like_btn.share._share[data-count]'), // snscrape [S]
    mob('b.v_share'), // m.vk ~2018 [S]
  ],
  views: [
    g3('[data-testid="post_footer_views"]'), // [?] no testid known
    g3('[title*="росмотр"]'), // heuristic [?]
    g2('.like_views.like_views--inActionPanel[title]'), // RSS-Bridge [S]
    g2('._views[data-count]'), // [S]
    g1('.like_views._views'), // snscrape [S]
    mob('.item_views'), // m.vk [?]
  ],
  pinned: [any('.wall_fixed_label'), g3('[data-testid="post-pinned-label"]')], // G1 [S]; [?]
  ad: [
    any('.wall_marked_as_ads'), // ruadlist 2017-09 [S]
    any('.post_marked_as_ads'), // ruadlist 2023-01 [S]
    any('[data-ad-view]'), // ruadlist 2022-10 [S]
    any('[data-ad-block-uid]'), // [S]
    any('._ads_promoted_post_data_w'), // ruadlist 2025-02 [S]
    g3('[aria-label="Реклама от автора"]'), // ruadlist 2026-07 [S]
    g3('[data-testid="post-header-subscription-button"][aria-label="Рекламная запись"]'), // 2026 [S]
  ],
  repost: [
    g3('[data-post-nesting-lvl]:not([data-post-nesting-lvl="0"])'), // 2025–2026 [S]
    g2('.PostCopyQuote--redesignV3'), // vk-classic-feed [S]
    g2('.CopyPost__authorLink'), // [S]
    g1('.copy_quote'), // snscrape [S]
    g1('.copy_post_header'), // [S]
    mob('.pic_header'), // m.vk [?]
  ],
  clip: [any('a[href*="/clip-"]'), any('[data-testid="clip-attachment"]')], // [I]; [?]
  poll: [any('.media_voting'), g3('[data-testid="poll"]'), any('a[href*="/poll-"]')], // G1 [I]; [?]; [I]
  skeleton: [
    any('.PostContentDumbSkeleton'), // vknext 2024–2026 [S]
    any('[class*="PostSkeleton__root"]'), // vknext [S]
    any('.ReactEntryRootClone'), // vknext [S]
  ],
  // §6 scheduled posts: no public markup; wall markup shared [I], view marker [?]
  postponedView: [any('#page_postponed_posts'), any('.wall_postponed_posts')], // [?]; [?]
};

/** The CSS union of every post-root alternative (for scoping queries to one post). */
export const POST_ROOT_UNION = VK_SELECTORS.postRoot.map((a) => a.css).join(', ');

/**
 * CSS markers of the platform's «А+» mark per header generation (docs/rkn-registration.md). None is documented yet
 * (vk-ok-markup.md §3.9: "DOM unknown on VK"), so the reader finds the mark by its text only and never says 'missing'.
 * Add a generation here only from a captured page that shows the mark's markup, with a fixture with and without it.
 */
export const VK_A_PLUS_MARKERS: Partial<Record<'vk-g3' | 'vk-g2' | 'vk-g1' | 'vk-mobile', readonly string[]>> = {};
