/** Builders for the popup's component tests: pages, posts and audits made by the real engine. */
import { render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { I18nContext, makeI18n } from '../../components/i18n';
import { auditCommunity } from '../../lib/audit/audit';
import type { RuleSet } from '../../lib/audit/rules';
import type { Audit } from '../../lib/audit/types';
import type { Locale } from '../../lib/i18n/index';
import { en } from '../../lib/i18n/popup/en';
import type { CommunityPage, Post } from '../../lib/types';

let seq = 0;
export function post(publishedAt: string, extra: Partial<Post> = {}): Post {
  seq += 1;
  return {
    id: `-1_${seq}`,
    publishedAt,
    likes: 2,
    comments: 1,
    reposts: 0,
    views: 100,
    pinned: false,
    ad: false,
    repost: false,
    ...extra,
  };
}
export const posts = (n: number, at: string, extra: Partial<Post> = {}) =>
  Array.from({ length: n }, () => post(at, extra));

export function page(extra: Partial<CommunityPage> = {}): CommunityPage {
  return {
    site: 'vk',
    url: 'https://vk.com/club1',
    id: '1',
    name: 'Школа № 1',
    members: 1500,
    avatar: 'present',
    cover: 'present',
    description: 'present',
    descriptionText:
      'Официальная страница школы. Тел.: +7 (351) 123-45-67, ул. Ленина, д. 1. Пн–пт 8:00–17:00. school1.ru',
    posWidget: 'present',
    govMark: 'present',
    registryLink: null,
    posts: [],
    layout: 'vk-g3',
    postsSince: '2026-10-01T00:00:00.000Z',
    descriptionComplete: true,
    access: 'open',
    ...extra,
  };
}

/** Wednesday 25 November 2026, 15:00 in Moscow: week 4 is running. */
export const NOW = new Date('2026-11-25T12:00:00.000Z');
export const ZONE = 'Europe/Moscow';

/** A healthy November: weeks 1–3 met, week 4 has one post and two scheduled. */
export function healthyPage(extra: Partial<CommunityPage> = {}): CommunityPage {
  return page({
    posts: [
      ...posts(1, '2026-11-24T09:00:00Z'),
      ...posts(3, '2026-11-16T09:00:00Z'),
      ...posts(4, '2026-11-09T09:00:00Z'),
      ...posts(3, '2026-11-02T09:00:00Z'),
      ...posts(3, '2026-10-23T09:00:00Z'),
      ...posts(3, '2026-10-16T09:00:00Z'),
      ...posts(3, '2026-10-09T09:00:00Z'),
      ...posts(3, '2026-10-02T09:00:00Z'),
    ],
    scheduledPosts: posts(2, '2026-11-27T09:00:00Z', { scheduled: true }),
    ...extra,
  });
}

export function audit(p: CommunityPage, options: { now?: Date; audienceSize?: number; rules?: RuleSet } = {}): Audit {
  return auditCommunity(p, {
    now: options.now ?? NOW,
    timeZone: ZONE,
    audienceSize: options.audienceSize,
    rules: options.rules,
  });
}

export function renderIn(ui: ComponentChildren, locale: Locale = 'ru') {
  return render(
    <I18nContext.Provider value={locale === 'en' ? makeI18n('en', en) : makeI18n('ru')}>{ui}</I18nContext.Provider>,
  );
}
