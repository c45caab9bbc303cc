// @vitest-environment jsdom
/**
 * «Ссылка на канал MAX» on VK/OK pages, through the real readers on the committed fixtures plus reconstructions that
 * put a MAX link into a description (VK/OK markup evidence; no MAX markup is involved). Never a fail unless the
 * page was read in full and has no MAX link at all.
 */
import { describe, expect, it } from 'vitest';
import { maxLinkCheck } from '../../../lib/institutions/max-link';
import { readCommunityPage } from '../../../lib/sites';
import { loadFixture, parseHtml } from '../sites/fixtures';

const KEYS = ['max:@school5_gos'];
const required = { required: true };

function readAt(site: 'vk' | 'ok', slug: string, edit: (html: string) => string) {
  const f = loadFixture(site, slug);
  const page = readCommunityPage(parseHtml(edit(f.html)), f.url, f.options);
  if (page === null) throw new Error(`${site}/${slug}: not read`);
  return page;
}

const readVk = (slug: string, edit: (html: string) => string = (h) => h) => readAt('vk', slug, edit);
const readOk = (slug: string, edit: (html: string) => string = (h) => h) => readAt('ok', slug, edit);

const VK_DESCRIPTION = 'Официальная страница министерства.';

describe('VK', () => {
  it('a link through away.php in the description → found', () => {
    const page = readVk('pos-links', (h) =>
      h.replace(
        VK_DESCRIPTION,
        `${VK_DESCRIPTION}<br>Мы в MAX: <a href="/away.php?to=https%3A%2F%2Fmax.ru%2Fschool5_gos&amp;cc_key=" target="_blank">max.ru/school5_gos</a>`,
      ),
    );
    expect(page.messengerLinks).toEqual(['https://max.ru/school5_gos']);
    expect(maxLinkCheck(page, KEYS, required)).toEqual({ status: 'pass', reason: 'max-link-found' });
  });

  it('an address written as text in the description → found (the @ form too)', () => {
    const page = readVk('pos-links', (h) => h.replace(VK_DESCRIPTION, `${VK_DESCRIPTION} Канал: max.ru/@School5_gos.`));
    expect(maxLinkCheck(page, KEYS, required)).toEqual({ status: 'pass', reason: 'max-link-found' });
  });

  it('a MAX link to another address (an invite) → unknown, never a fail', () => {
    const page = readVk('pos-links', (h) =>
      h.replace(VK_DESCRIPTION, `${VK_DESCRIPTION} https://max.ru/join/AbCdEfGhIjKlMnOp`),
    );
    expect(maxLinkCheck(page, KEYS, required)).toEqual({ status: 'unknown', reason: 'max-link-unmatched' });
  });

  it('no MAX link on a page read in full → fail; cut at «Подробнее» → unknown', () => {
    expect(maxLinkCheck(readVk('pos-links'), KEYS, required)).toEqual({ status: 'fail', reason: 'max-link-missing' });
    const cut = readVk('g2-redesigned');
    expect(cut.descriptionComplete).toBe(false);
    expect(maxLinkCheck(cut, KEYS, required)).toEqual({ status: 'unknown', reason: 'description-incomplete' });
  });

  it('a layout whose links area is not recognised → unknown', () => {
    const page = readVk('g3-datatestid');
    expect(page.messengerLinks).toBeNull();
    expect(maxLinkCheck(page, KEYS, required)).toEqual({ status: 'unknown', reason: 'not-detected' });
  });
});

describe('OK', () => {
  it('a link through OK’s external-link redirect → found', () => {
    const page = readOk('pos-links', (h) =>
      h.replace(
        'Обращения:',
        'Мы в MAX: <a href="/dk?cmd=logExternal&amp;st.cmd=logExternal&amp;st.link=https%3A%2F%2Fmax.ru%2Fschool5_gos">канал</a><br>Обращения:',
      ),
    );
    expect(page.messengerLinks).toEqual(['https://max.ru/school5_gos']);
    expect(maxLinkCheck(page, KEYS, required)).toEqual({ status: 'pass', reason: 'max-link-found' });
  });

  it('no MAX link on a page read in full → fail', () => {
    expect(maxLinkCheck(readOk('pos-links'), KEYS, required)).toEqual({ status: 'fail', reason: 'max-link-missing' });
  });
});

describe('not asked', () => {
  it('is not applicable when the rule set does not ask or the institution has no MAX page', () => {
    const page = readVk('pos-links');
    expect(maxLinkCheck(page, KEYS, { required: false })).toEqual({ status: 'not-applicable', reason: 'not-required' });
    expect(maxLinkCheck(page, [], required)).toEqual({ status: 'not-applicable', reason: 'not-required' });
  });

  it('a page stored before links were read is unknown, not missing', () => {
    const { messengerLinks: _gone, ...old } = readVk('pos-links');
    expect(maxLinkCheck(old, KEYS, required)).toEqual({ status: 'unknown', reason: 'not-detected' });
  });
});

describe('addresses in text', () => {
  it('are taken whole, not from inside another host', () => {
    const page = readVk('pos-links', (h) =>
      h.replace(VK_DESCRIPTION, `${VK_DESCRIPTION} notmax.ru/school5_gos, chat.me/x; (t.me/school5_tg)`),
    );
    expect(page.messengerLinks).toEqual(['https://t.me/school5_tg']);
  });
});
