/**
 * Generated VK community pages for the benchmark: a full G2 desktop document (head, top bar, side menu, redesigned
 * header with cover, avatar, «Госорганизация» badge, description and ПОС menu, then a wall of N posts with data-exec
 * JSON, reactions, views, an image, and a few visitor comments), built after the reconstruction in
 * vk-ok-markup.md §13.1. A RECONSTRUCTION, not a real page: it gives the readers realistic volume and nesting,
 * not proof of correctness (the golden fixtures do that). Seeded: the same arguments give the same page.
 */

export interface WallOptions {
  posts: number;
  /** The read instant; posts run back from here, about four a day. */
  now: Date;
  seed?: number;
  gid?: number;
  /** The community's name (default: a district administration). */
  name?: string;
  /** Members shown in the header (default 14 873). */
  members?: number;
  /** Publication instants (ms) instead of about four a day; `posts` is then ignored and no post is pinned. */
  times?: readonly number[];
  /** Likes per view are scaled by this (default 1: an ER of about 2 %). */
  engagement?: number;
  /** Header parts (default all present): the «Госорганизация» badge, the cover, the ПОС widgets. */
  govMark?: boolean;
  cover?: boolean;
  pos?: boolean;
}

export interface GeneratedWall {
  url: string;
  html: string;
  /** Own published posts on the wall (the pinned one included). */
  posts: number;
  /** Publication instant of the oldest post (ISO). */
  oldest: string;
}

const MSK_MS = 3 * 3_600_000;
const MON = ['янв', 'фев', 'мар', 'апр', 'мая', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'];
const TEXTS = [
  'Администрация района информирует: с 1 числа меняется график приёма граждан. Подробности — по телефону горячей линии.',
  'В школах района прошли уроки безопасности. Спасибо педагогам и сотрудникам МЧС за подготовку занятий!',
  'Продолжается благоустройство дворов по программе «Формирование комфортной городской среды». Голосуйте за объекты.',
  'Напоминаем о плановом отключении горячей воды по адресам: ул. Ленина, 5–17; ул. Мира, 2–12.',
  'Приглашаем жителей на публичные слушания по проекту бюджета. Начало в 17:00, актовый зал администрации.',
  'Открыта запись в кружки и секции Дома культуры. Занятия для детей и взрослых бесплатные.',
];

function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const spaced = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');

function msk(ms: number) {
  const d = new Date(ms + MSK_MS);
  return {
    y: d.getUTCFullYear(),
    m: d.getUTCMonth() + 1,
    d: d.getUTCDate(),
    h: d.getUTCHours(),
    mi: d.getUTCMinutes(),
  };
}

/** The label VK shows in Moscow (vk-ok-markup.md §10.1). */
function label(ms: number, nowMs: number): string {
  const t = msk(ms);
  const n = msk(nowMs);
  const hm = `${t.h}:${String(t.mi).padStart(2, '0')}`;
  const day = (p: { y: number; m: number; d: number }) => Date.UTC(p.y, p.m - 1, p.d) / 86_400_000;
  const diff = day(n) - day(t);
  if (diff === 0) return `сегодня в ${hm}`;
  if (diff === 1) return `вчера в ${hm}`;
  if (t.y === n.y) return `${t.d} ${MON[t.m - 1]} в ${hm}`;
  return `${t.d} ${MON[t.m - 1]} ${t.y}`;
}

function views(n: number): string {
  if (n < 1000) return String(n);
  if (n < 10_000) return `${String(Math.floor(n / 100) / 10).replace('.', ',')}K`;
  return `${Math.floor(n / 1000)}K`;
}

interface PostModel {
  pid: number;
  at: number;
  likes: number;
  comments: number;
  reposts: number;
  views: number;
  pinned: boolean;
  ad: boolean;
  text: string;
}

function post(gid: number, name: string, p: PostModel, nowMs: number, rnd: () => number): string {
  const id = `-${gid}_${p.pid}`;
  const item = {
    id: p.pid,
    owner_id: -gid,
    from_id: -gid,
    date: Math.floor(p.at / 1000),
    post_type: 'post',
    text: p.text,
    is_pinned: p.pinned ? 1 : 0,
    marked_as_ads: p.ad ? 1 : 0,
    attachments: [{ type: 'photo', photo: { id: 457_239_000 + p.pid, owner_id: -gid } }],
    likes: { count: p.likes, user_likes: 0, can_like: 1 },
    comments: { count: p.comments, can_post: 1 },
    reposts: { count: p.reposts, wall_count: p.reposts, mail_count: 0 },
    views: { count: p.views },
  };
  const exec = esc(
    JSON.stringify({ 'PostContentContainer/init': { item, profiles: [], groups: [{ id: gid, name }] } }),
  );
  const fresh = nowMs - p.at < 86_400_000;
  const l = label(p.at, nowMs);
  const t = msk(p.at);
  const abs = `${t.d} ${MON[t.m - 1]} ${t.y} в ${t.h}:${String(t.mi).padStart(2, '0')}`;
  const time = fresh
    ? `<span class="rel_date rel_date_needs_update" time="${Math.floor(p.at / 1000)}" abs_time="${abs}">${l}</span>`
    : l;
  const replies = Array.from({ length: Math.min(p.comments, 2) }, (_, i) => {
    const uid = 555_000 + Math.floor(rnd() * 1000);
    return `<div id="post${uid}_${p.pid * 10 + i}" class="reply reply_dived clear _post" data-post-id="${uid}_${p.pid * 10 + i}"><div class="reply_wrap _reply_content"><a class="reply_image" href="/id${uid}"><img class="reply_img" src="https://vk.com/images/camera_50.png" alt=""></a><div class="reply_content"><div class="reply_author"><a class="author" href="/id${uid}" data-from-id="${uid}">Пользователь</a></div><div class="reply_text"><div class="wall_reply_text">Спасибо за информацию!</div></div><div class="reply_footer"><a class="wd_lnk" href="/wall${id}?reply=${i + 1}"><span class="rel_date">вчера в 9:0${i}</span></a><div class="like_button_count">${i + 1}</div></div></div></div></div>`;
  }).join('');
  return `<div id="post${id}" class="_post post page_block all own post--withPostBottomAction Post--redesign${p.pinned ? ' post_fixed' : ''}" data-post-id="${id}" onclick="wall.postClick('${id}', event);">
<div class="_post_content">
<div class="PostHeader"><a class="PostHeader__avatar" href="/club${gid}"><div class="AvatarRich AvatarRich--sz-40"><img class="AvatarRich__img" src="https://sun9-77.userapi.com/s/v1/ig2/ava50.jpg?size=50x50" alt="${esc(name)}"></div></a>
<div class="PostHeaderInfo"><div class="PostHeaderTitle"><a class="PostHeaderTitle__authorLink" href="/club${gid}"><span class="PostHeaderTitle__authorName">${esc(name)}</span></a></div>
<div class="PostHeaderSubtitle"><a class="PostHeaderSubtitle__link" href="/wall${id}"><time class="PostHeaderSubtitle__item">${time}</time></a>${p.pinned ? '<span class="PostHeaderSubtitle__item">запись закреплена</span>' : ''}${p.ad ? '<span class="PostHeaderSubtitle__item wall_marked_as_ads">Реклама</span>' : ''}</div></div>
<div class="PostHeaderActions"><div class="ui_actions_menu_wrap"><div class="ui_actions_menu_icons" aria-label="Действия"></div></div></div></div>
<div class="PostContentContainer__root PostContentContainer" data-exec="${exec}">
<div class="wall_text"><div class="wall_post_cont _wall_post_cont"><div class="wall_post_text">${esc(p.text)}<br>#новости #район</div></div>
<div class="PhotoPrimaryAttachment"><a href="/photo-${gid}_${457_239_000 + p.pid}" class="PhotoPrimaryAttachment__link"><img class="PhotoPrimaryAttachment__imageElement" src="https://sun9-${p.pid % 80}.userapi.com/s/v1/ig2/p${p.pid}.jpg?size=604x403&amp;quality=95&amp;type=album" alt=""></a></div></div>
</div>
<div class="PostBottomActionContainer"><div class="like_wrap _like_wall${id}"><div class="like_cont PostBottomActionLikeBtns"><div class="like_btns">
<div class="PostBottomAction PostButtonReactions" data-reaction-counts="[${p.likes}]" role="button"><span class="PostButtonReactions__icon"></span><div class="PostButtonReactions__title">${p.likes || ''}</div></div>
<div class="PostBottomAction comment _comment" data-count="${p.comments}" role="button"><span class="PostBottomAction__icon"></span><span class="PostBottomAction__count">${p.comments || ''}</span></div>
<div class="PostBottomAction share _share" data-count="${p.reposts}" role="button"><span class="PostBottomAction__icon"></span><span class="PostBottomAction__count">${p.reposts || ''}</span></div>
</div><div class="like_views like_views--inActionPanel" title="${spaced(p.views)} просмотров"><span class="_views">${views(p.views)}</span></div></div></div></div>
<div class="replies"><div class="replies_wrap clear" id="replies_wrap${id}"><div class="replies_list _replies_list" id="replies${id}">${replies}</div></div></div>
</div></div>`;
}

/** A VK G2 community page with `posts` own posts ending at `now`. */
export function generateVkWall(options: WallOptions): GeneratedWall {
  const gid = options.gid ?? 201_500_000;
  const rnd = prng(options.seed ?? 1);
  const nowMs = options.now.getTime();
  const name = options.name ?? 'Администрация муниципального района «Тестовый»';
  const url = `https://vk.com/club${gid}`;
  const models: PostModel[] = [];
  let at = nowMs - 40 * 60_000;
  const times = options.times === undefined ? null : [...options.times].sort((a, b) => b - a);
  const count = times?.length ?? options.posts;
  for (let i = 0; i < count; i++) {
    if (times !== null) at = times[i] ?? at;
    const reach = 800 + Math.floor(rnd() * 6000);
    models.push({
      pid: 10_000 + count - i,
      at: Math.floor(at / 60_000) * 60_000,
      likes: Math.floor(reach * (0.005 + rnd() * 0.03) * (options.engagement ?? 1)),
      comments: Math.floor(rnd() * 6),
      reposts: Math.floor(rnd() * 4),
      views: reach,
      pinned: false,
      ad: i % 97 === 50,
      text: TEXTS[i % TEXTS.length] ?? '',
    });
    at -= (3 + rnd() * 6) * 3_600_000; // 3–9 h apart: about four posts a day
  }
  // the pinned post: an old one shown first
  const pinned = models.at(-1);
  if (times === null && pinned && models.length > 2) {
    pinned.pinned = true;
    models.unshift(...models.splice(-1, 1));
  }
  const wall = models.map((p) => post(gid, name, p, nowMs, rnd)).join('\n');
  const html = `<!DOCTYPE html>
<html lang="ru" dir="ltr">
<head>
<meta http-equiv="content-type" content="text/html; charset=utf-8">
<title>${esc(name)} | ВКонтакте</title>
<meta property="og:type" content="website">
<meta property="og:title" content="${esc(name)}">
<meta property="og:url" content="${url}">
<meta property="og:image" content="https://sun9-77.userapi.com/s/v1/ig2/og.jpg?size=200x200">
<script>var vk = {"id":1000000001,"lang":0}; window.cur = window.cur || {};</script>
</head>
<body class="is_rtl0 is_ru locale_ru">
<div id="page_header_cont" class="page_header_cont"><div id="page_header" class="p_head"><a class="top_home_link" href="/feed" aria-label="На главную"></a><div id="ts_wrap" class="ts_wrap"><input type="text" id="ts_input" class="text ts_input" placeholder="Поиск" aria-label="Поиск"></div><div id="top_profile_menu"><a class="top_profile_link" href="/id1000000001"><span class="top_profile_name">Пользователь</span></a></div></div></div>
<div id="page_layout"><div id="side_bar" class="side_bar"><nav><ol>
<li id="l_pr"><a href="/id1000000001" class="left_row"><span class="left_label">Моя страница</span></a></li>
<li id="l_nwsf"><a href="/feed" class="left_row"><span class="left_label">Новости</span></a></li>
<li id="l_msg"><a href="/im" class="left_row"><span class="left_label">Мессенджер</span></a></li>
<li id="l_gr"><a href="/groups" class="left_row"><span class="left_label">Сообщества</span></a></li>
<li id="l_vid"><a href="/video" class="left_row"><span class="left_label">Видео</span></a></li>
</ol></nav></div>
<div id="page_body"><div id="content">
<div id="public" class="page_block_wrap"><div class="wide_column_left">
<div class="page_block redesigned-cover-block">
${options.cover === false ? '' : '<div class="redesigned-group-cover"><div class="redesigned-group-cover__img _page_cover" style="background-image:url(https://sun9-5.userapi.com/s/v1/ig2/cover.jpg?size=1590x530&amp;quality=95)"></div></div>'}
<div class="redesigned-group-info">
<a class="redesigned-group-avatar" href="/photo-${gid}_457239017"><div class="AvatarRich AvatarRich--sz-100 redesigned-group-avatar-outline"><img class="AvatarRich__img" src="https://sun9-77.userapi.com/s/v1/ig2/community_ava.jpg?size=200x200&amp;ava=1" alt="${esc(name)}"></div></a>
<div class="redesigned-group-info__main"><div class="page_top"><h1 class="page_name">${esc(name)}${options.govMark === false ? '' : '<span class="GovernmentCommunityBadge GovernmentCommunityBadge--tooltip" role="img" aria-label="Госорганизация"></span>'}</h1></div>
<div id="page_subscribers"><div class="redesigned-group-subscribers"><a href="/search?c[section]=people&amp;c[group]=${gid}"><span>${spaced(options.members ?? 14_873)} подписчиков</span></a></div></div></div>
<div class="redesigned-group-actions"><button class="FlatButton FlatButton--primary">Подписаться</button><a class="FlatButton" href="/write-${gid}">Написать сообщение</a></div>
</div></div>
<div id="page_group_info_block" class="page_block group_info_block"><div class="group_info_row info"><div class="line_value">Официальная страница администрации района. Приёмная: +7 (800) 000-00-00. Адрес: ул. Ленина, 1. Часы работы: пн–пт 9:00–18:00. Сайт: tst.gosuslugi.ru</div></div></div>
<div class="page_block"><div id="group_section_menu_gallery" class="ui_gallery"><div class="ui_gallery__inner">
${options.pos === false ? '' : '<a class="groups_menu_item" href="https://pos.gosuslugi.ru/form/?opaId=123456&amp;utm_source=vk&amp;utm_medium=77&amp;utm_campaign=1027700000000"><div class="groups_menu_item_title">Сообщить о проблеме</div></a>\n<a class="groups_menu_item" href="https://pos.gosuslugi.ru/og/org-activities?mun_code=45000000&amp;utm_source=vk2&amp;utm_medium=77&amp;utm_campaign=1027700000000"><div class="groups_menu_item_title">Высказать мнение</div></a>'}
<a class="groups_menu_item" href="/page-${gid}_1"><div class="groups_menu_item_title">Контакты</div></a>
</div></div></div>
<div id="public_wall" class="wall_module page_block"><div class="page_block_header"><a class="ui_tab ui_tab_sel" href="/wall-${gid}?own=1">Записи сообщества</a></div>
<div id="page_wall_posts" class="page_wall_posts">
${wall}
</div></div>
</div></div>
</div></div></div>
<script>cur.oid = -${gid}; cur.module = 'public'; cur.wallType = 'own';</script>
</body>
</html>
`;
  const oldest = models.reduce((min, p) => Math.min(min, p.at), nowMs);
  return { url, html, posts: models.length, oldest: new Date(oldest).toISOString() };
}
