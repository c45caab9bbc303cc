// @vitest-environment jsdom
/**
 * The RKN rules both readers share (lib/sites/gov/): registry links of both forms in every wrapping, the application
 * number, and the «А+» mark (docs/rkn-registration.md).
 */
import { describe, expect, it } from 'vitest';
import { readCommunityPage } from '../../../lib/index';
import { aPlusMarkOf } from '../../../lib/sites/gov/a-plus';
import {
  findRegistryApplication,
  findRegistryLink,
  findRegistryLinkInText,
  registryLinkOf,
} from '../../../lib/sites/gov/registry';

function doc(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');
}

const KND_ID = '673F0F77290FEF0E012D86A9';
const SNET_ID = '67927D41EE896061C9CA7145';
const KND = `https://knd.gov.ru/license?id=${KND_ID.toLowerCase()}&registryType=bloggersPermission`;
const SNET = `https://gosuslugi.ru/snet/${SNET_ID.toLowerCase()}`;

/** Every spelling of each form a page may carry, and the normalised link it stands for. */
const SPELLINGS: [label: string, raw: string, normalised: string][] = [
  ['2024', `https://knd.gov.ru/license?id=${KND_ID}&registryType=bloggersPermission`, KND],
  [
    '2024, www., parameters swapped',
    `https://www.knd.gov.ru/license?registryType=bloggersPermission&id=${KND_ID}`,
    KND,
  ],
  ['2024, http, trailing slash', `http://knd.gov.ru/license/?id=${KND_ID}&registryType=bloggersPermission`, KND],
  ['2025', `https://gosuslugi.ru/snet/${SNET_ID}`, SNET],
  ['2025, www.', `https://www.gosuslugi.ru/snet/${SNET_ID.toLowerCase()}`, SNET],
  ['2025, http, trailing slash', `http://gosuslugi.ru/snet/${SNET_ID}/`, SNET],
];

/** The ways a link reaches the page: as is, behind VK's away.php, behind OK's two redirect forms. */
const WRAPPINGS: [label: string, base: string, wrap: (url: string) => string][] = [
  ['direct', 'https://vk.com/club1', (u) => u],
  ['VK /away.php?to=', 'https://vk.com/club1', (u) => `/away.php?to=${encodeURIComponent(u)}&cc_key=`],
  ['VK absolute away.php', 'https://vk.com/club1', (u) => `https://vk.com/away.php?to=${encodeURIComponent(u)}`],
  ['OK logExternal', 'https://ok.ru/group/1', (u) => `/dk?cmd=logExternal&st.link=${encodeURIComponent(u)}`],
  ['OK outLinkWarning', 'https://m.ok.ru/group/1', (u) => `/dk?st.cmd=outLinkWarning&st.rfn=${encodeURIComponent(u)}`],
];

/** What the link's visible text says: the full URL, VK's shortened form, or words. */
const VISIBLE: [label: string, text: (url: string) => string][] = [
  ['full text', (u) => u],
  ['shortened text', (u) => `${u.replace(/^https?:\/\/(www\.)?/, '').slice(0, 30)}…`],
  ['words', () => 'Мы в перечне РКН'],
];

describe('registry links: both forms in every wrapping (docs/rkn-registration.md)', () => {
  for (const [form, raw, normalised] of SPELLINGS) {
    for (const [wrapping, base, wrap] of WRAPPINGS) {
      for (const [visible, text] of VISIBLE) {
        it(`${form} · ${wrapping} · ${visible}`, () => {
          const href = wrap(raw).replace(/&/g, '&amp;');
          const d = doc(`<p>Регистрация в перечне РКН: <a href="${href}" target="_blank">${text(raw)}</a></p>`);
          expect(findRegistryLink(d.body, base)).toBe(normalised);
        });
      }
    }
    it(`${form} · written in the text, no link`, () => {
      const plain = raw.replace(/^https?:\/\//, '');
      for (const t of [raw, plain, `${raw}.`, `(${raw})`, `«${plain}»`]) {
        expect(findRegistryLinkInText(`Регистрация в перечне РКН: ${t}\nТелефон: 8 800 100-20-30`), t).toBe(normalised);
        expect(
          findRegistryLink(doc(`<div>Перечень РКН: ${t.replace(/&/g, '&amp;')}</div>`).body, 'https://vk.com/'),
        ).toBe(normalised);
      }
    });
  }

  it('reads text runs one text node at a time: a word glued by the markup does not spoil the id', () => {
    const d = doc(`<div>РКН: https://gosuslugi.ru/snet/${SNET_ID.toLowerCase()}<br>About us</div>`);
    expect(findRegistryLink(d.body, 'https://vk.com/club1')).toBe(SNET);
    const glued = doc(
      `<div>РКН: knd.gov.ru/license?id=${KND_ID}&amp;registryType=bloggersPermission<b>Телефон</b></div>`,
    );
    expect(findRegistryLink(glued.body, 'https://vk.com/club1')).toBe(KND);
    expect(findRegistryLinkInText(`knd.gov.ru/license?id=${KND_ID}&registryType=bloggersPermissionТелефон`)).toBe(KND);
  });

  it('finds the link behind internal links, in a whole document too', () => {
    const d = doc(`<a href="/club1">club</a><a href="/away.php?to=${encodeURIComponent(SNET)}">r</a>`);
    expect(findRegistryLink(d, 'https://vk.com/club1')).toBe(SNET);
  });

  it.each([
    ['a 23-digit id', `https://gosuslugi.ru/snet/${SNET_ID.slice(1)}`],
    ['a 25-digit id', `https://gosuslugi.ru/snet/${SNET_ID}0`],
    ['a non-hex id', 'https://gosuslugi.ru/snet/67927d41ee896061c9ca714z'],
    ['the registry search page', 'https://www.gosuslugi.ru/snet'],
    ['another Госуслуги service', 'https://www.gosuslugi.ru/651371/1/form'],
    ['a ПОС host', `https://pos.gosuslugi.ru/snet/${SNET_ID}`],
    ['a look-alike host', `https://fake-gosuslugi.ru/snet/${SNET_ID}`],
    ['a 2024 link without registryType', `https://knd.gov.ru/license?id=${KND_ID}`],
    ['a 2024 link of another registry', `https://knd.gov.ru/license?id=${KND_ID}&registryType=other`],
    ['a 2024 link with a short id', 'https://knd.gov.ru/license?id=123&registryType=bloggersPermission'],
  ])('rejects %s', (_label, raw) => {
    expect(registryLinkOf(new URL(raw))).toBeNull();
    const d = doc(`<a href="/away.php?to=${encodeURIComponent(raw)}">${raw}</a> ${raw}`);
    expect(findRegistryLink(d.body, 'https://vk.com/club1')).toBeNull();
    expect(findRegistryLinkInText(`Перечень РКН: ${raw}`)).toBeNull();
  });

  it('finds an application number near a keyword (the 2024 procedure)', () => {
    expect(findRegistryApplication('Заявка в РКН № 4812345678 подана')).toBe('4812345678');
    expect(findRegistryApplication('Телефон 8 800 123 45 67')).toBeNull();
  });
});

describe('the «А+» mark (docs/rkn-registration.md)', () => {
  const header = (html: string) => {
    const d = doc(`<div class="page_top"><h1 class="page_name">Администрация</h1>${html}</div>`);
    return Array.from(d.body.querySelectorAll('.page_top *'));
  };
  const base = 'https://vk.com/club1';

  it.each([
    ['the Cyrillic glyph', '<span class="x">А+</span>'],
    ['the Latin glyph with a space', '<span class="x">A +</span>'],
    ['an aria-label', '<span class="icon" aria-label="А+"></span>'],
    ['a title', '<i class="icon" title="Включена Роскомнадзором в перечень"></i>'],
    ['a tooltip', '<i class="icon" data-tooltip="Включена Роскомнадзором в&nbsp;перечень"></i>'],
    ['an image alt', '<img src="/a.svg" alt="А+">'],
    ['the link text', '<a href="/registry">Включена <b>Роскомнадзором</b> в перечень</a>'],
    ['a header link to the 2025 registry', `<a href="/away.php?to=${encodeURIComponent(SNET)}"><i></i></a>`],
  ])('present: %s', (_label, html) => {
    expect(aPlusMarkOf(header(html), base, null).value).toBe('present');
    expect(aPlusMarkOf(header(html), base, ['.a-plus-badge']).value).toBe('present');
  });

  it.each([
    ['nothing', ''],
    ['«А+» inside a longer text', '<span>Школа А+ лучшая</span>'],
    ['a plus alone', '<button>+</button>'],
    ['the 2024 registry link (a link, not the mark)', `<a href="${KND}">${KND}</a>`],
  ])('not shown (%s): unknown where the markup is not documented, missing where it is', (_label, html) => {
    expect(aPlusMarkOf(header(html), base, null)).toEqual({ value: 'unknown', source: null });
    expect(aPlusMarkOf(header(html), base, []).value).toBe('unknown');
    expect(aPlusMarkOf(header(html), base, ['.a-plus-badge']).value).toBe('missing');
  });

  it('a documented marker shows the mark by itself; no header read is never missing', () => {
    expect(aPlusMarkOf(header('<span class="a-plus-badge"></span>'), base, ['.a-plus-badge'])).toEqual({
      value: 'present',
      source: 'a-plus:.a-plus-badge',
    });
    expect(aPlusMarkOf([], base, ['.a-plus-badge']).value).toBe('unknown');
  });
});

describe('through the public readers (readCommunityPage)', () => {
  const opts = { now: new Date('2026-03-15T09:00:00Z'), timeZone: 'Europe/Moscow' };
  const prefetch = (group: Record<string, unknown>) =>
    JSON.stringify([
      {
        method: 'groups.getById',
        version: '5.199',
        response: { groups: [{ id: 777, name: 'Министерство', ...group }] },
      },
    ]);
  const vkPage = (group: Record<string, unknown>) =>
    doc(`<script>window.cur = {}; cur.apiPrefetchCache = ${prefetch(group)};</script><div id="spa_root"></div>`);

  it.each([
    ['the API links block', { links: [{ id: 1, url: `https://www.gosuslugi.ru/snet/${SNET_ID}`, name: 'РКН' }] }],
    ['the API site field', { site: `gosuslugi.ru/snet/${SNET_ID.toLowerCase()}` }],
    [
      'the API description',
      { description: `Официальная страница.\nРегистрация в перечне РКН: https://gosuslugi.ru/snet/${SNET_ID}` },
    ],
  ])('VK: the 2025 link in %s', (_label, group) => {
    const page = readCommunityPage(vkPage({ members_count: 25_000, ...group }), 'https://vk.com/club777', opts);
    expect(page?.registryLink).toBe(SNET);
    expect(page?.aPlusMark).toBe('unknown');
  });

  it('VK: «А+» in the G2 header, no link: present; nothing there: unknown, never missing', () => {
    const g2 = (mark: string) =>
      doc(
        `<div class="page_block redesigned-cover-block"><div class="redesigned-group-info"><div class="redesigned-group-info__main"><div class="page_top"><h1 class="page_name">Министерство</h1>${mark}</div></div></div></div>`,
      );
    const withMark = readCommunityPage(g2('<span aria-label="А+"></span>'), 'https://vk.com/club777', opts);
    expect(withMark).toMatchObject({ layout: 'vk-g2', aPlusMark: 'present', registryLink: null, name: 'Министерство' });
    expect(withMark?.sources?.aPlusMark).toBe('a-plus:aria-label');
    const without = readCommunityPage(g2(''), 'https://vk.com/club777', opts);
    expect(without).toMatchObject({ layout: 'vk-g2', aPlusMark: 'unknown' });
  });

  it("OK: a post next to the name is not the header — its registry link or «А+» is not the page's", () => {
    const d = doc(
      `<div class="wrap"><h1 class="group-name_h">Министерство</h1><div class="feed-w"><div class="media-text_cnt">Коллеги зарегистрированы: https://gosuslugi.ru/snet/${SNET_ID} <span>А+</span></div></div></div>`,
    );
    const page = readCommunityPage(d, 'https://ok.ru/group/70000000000777', opts);
    expect(page).toMatchObject({ registryLink: null, aPlusMark: 'unknown' });
  });

  it('OK: a header link to the 2025 registry entry is both the registry link and the «А+» mark', () => {
    const href = `/dk?cmd=logExternal&amp;st.link=${encodeURIComponent(SNET)}`;
    const d = doc(
      `<div id="hook_Block_AltGroupHeader"><h1 class="group-name_h">Министерство</h1><a href="${href}"><span>Включена Роскомнадзором в перечень</span></a></div>`,
    );
    const page = readCommunityPage(d, 'https://ok.ru/group/70000000000777', opts);
    expect(page).toMatchObject({ registryLink: SNET, aPlusMark: 'present' });
  });
});
