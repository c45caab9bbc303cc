// @vitest-environment jsdom
/**
 * 'missing' only on evidence (docs/markup.md §16): each case edits a golden page as the evidence of docs/markup.md §15
 * allows and reads it through the public entry. The React header's markup never proves an absence; the page's own
 * data does; a G1/G2 'missing' yields to a corroborating source (a meta description that is not VK's boilerplate, a
 * piece of the info block whose wrapper drifted).
 */
import { describe, expect, it } from 'vitest';
import { readCommunityPage } from '../../../../lib/sites';
import type { CommunityPage } from '../../../../lib/types';
import { loadFixture, parseHtml } from '../fixtures';

function read(slug: string, edit: (html: string) => string): CommunityPage {
  const f = loadFixture('vk', slug);
  const page = readCommunityPage(parseHtml(edit(f.html)), f.url, f.options);
  if (!page) throw new Error(`${slug}: not a community`);
  return page;
}

const BOILERPLATE =
  'ВКонтакте – универсальное средство для общения и поиска друзей и одноклассников, которым ежедневно пользуются десятки миллионов человек.';
const withMeta = (content: string) => (html: string) =>
  html.replace('</head>', `<meta property="og:description" content="${content}">\n</head>`);

describe('G1/G2: an absent block is «нет» only when nothing else on the page shows the item', () => {
  it('no description block on a G2 header: missing', () => {
    expect(read('default-avatar-no-cover', (h) => h).description).toBe('missing');
  });

  it("VK's boilerplate meta description says nothing about the community: still missing", () => {
    expect(read('default-avatar-no-cover', withMeta(BOILERPLATE)).description).toBe('missing');
  });

  it('a meta description of its own: unknown, not missing', () => {
    const page = read('default-avatar-no-cover', withMeta('МБОУ СОШ № 5 — официальная страница школы. Телефон …'));
    expect(page.description).toBe('unknown');
    expect(page.sources?.description).toBeUndefined();
  });

  it('the info block whose wrapper id drifted: its rows still show a description, unknown', () => {
    const page = read('g2-redesigned', (h) => h.replace('id="page_group_info_block"', 'id="page_group_info_block_v2"'));
    expect(page.description).not.toBe('missing');
  });

  it('a G2 cover block without its class on the image wrapper: the image inside still proves the cover', () => {
    const page = read('g2-redesigned', (h) => h.replace('redesigned-group-cover__img _page_cover', 'cover-img-x'));
    expect(page.cover).toBe('present');
  });
});

describe('the React header (vk-react)', () => {
  it('the cover container without an image: unknown, however the page is read', () => {
    const page = read('react-no-cover-image', (h) => h);
    expect(page.layout).toBe('vk-react');
    expect(page.cover).toBe('unknown');
    expect(page.sources?.cover).toBeUndefined();
  });

  it('no cover container at all (the markup drifted): unknown, never missing', () => {
    const page = read('react-no-cover-image', (h) => h.replace('data-testid="communityheader_cover"', 'data-x="1"'));
    expect(page.cover).toBe('unknown');
  });

  it('the page data says there is no cover: missing, from the data', () => {
    const prefetch = `<script>window.cur = window.cur || {}; cur.apiPrefetchCache = [{"method":"groups.getById","response":{"groups":[{"id":700200,"name":"Комитет по делам молодёжи","cover":{"enabled":0}}]}}];</script>`;
    const page = read('react-no-cover-image', (h) => h.replace('</head>', `${prefetch}\n</head>`));
    expect(page.cover).toBe('missing');
    expect(page.sources?.cover).toBe('apiPrefetchCache');
  });

  it('the info modal open with an empty description cell: unknown', () => {
    const page = read('react-gov-modal-open', (h) =>
      h.replace(
        /(<div data-testid="community-info-description" class="vkuiMiniInfoCell"><div class="vkuiMiniInfoCell__middle">)[\s\S]*?(<\/div><\/div>)/,
        '$1$2',
      ),
    );
    expect(page.description).toBe('unknown');
  });

  it('without the mark’s class or texts the mark is unknown, not missing', () => {
    const page = read('react-gov-modal-open', (h) => h.replace('>Госорганизация</span>', '></span>'));
    expect(page.govMark).toBe('unknown');
  });

  it('«Подтверждено через Госуслуги» as text in the open info modal shows the mark', () => {
    const page = read('react-gov-modal-open', (h) =>
      h
        .replace('>Госорганизация</span>', '></span>')
        .replace(
          '<h2 class="vkuiTypography">Информация</h2>',
          '<h2 class="vkuiTypography">Информация</h2><div class="vkuiMiniInfoCell"><div class="vkuiMiniInfoCell__middle">Подтверждено через Госуслуги</div></div>',
        ),
    );
    expect(page.govMark).toBe('present');
  });

  it('«Подтверждено через Госуслуги» written in the description itself is the community’s words, not the mark', () => {
    const page = read('react-gov-modal-open', (h) =>
      h
        .replace('>Госорганизация</span>', '></span>')
        .replace('Официальная страница администрации Заречного района.', 'Подтверждено через Госуслуги'),
    );
    expect(page.govMark).toBe('unknown');
  });

  it('the name leaves out the mark’s label', () => {
    const page = read('react-gov-modal-open', (h) =>
      h.replace(
        '<span>Администрация Заречного района</span>',
        '<span>Администрация Заречного района</span><span>Госорганизация</span>',
      ),
    );
    expect(page.name).toBe('Администрация Заречного района');
  });
});
