/**
 * An institution as a whole (lib/institutions/audit.ts): platforms expected by the rule set, each page's month and —
 * where the rule set asks — the link to the institution's MAX channel on its VK/OK pages. Through the public contract.
 */
import { describe, expect, it } from 'vitest';
import { auditInstitution, type InstitutionPage } from '../../../lib/index';

const inst = { id: 'i1', name: 'Школа №5' };
const vk = (over: Partial<InstitutionPage> = {}): InstitutionPage => ({
  key: 'vk:club1',
  site: 'vk',
  url: 'https://vk.com/school5',
  month: 'pass',
  read: 'complete',
  source: 'page',
  links: { messengerLinks: ['https://max.ru/school5_gos'], description: 'present', descriptionComplete: true },
  ...over,
});
const ok = (over: Partial<InstitutionPage> = {}): InstitutionPage => ({
  ...vk(),
  key: 'ok:2',
  site: 'ok',
  url: 'https://ok.ru/group/2',
  ...over,
});
const max = (over: Partial<InstitutionPage> = {}): InstitutionPage => ({
  key: 'max:@school5_gos',
  site: 'max',
  url: 'https://max.ru/school5_gos',
  month: 'pass',
  read: 'complete',
  source: 'manual',
  links: null,
  ...over,
});
const tg: InstitutionPage = { ...max(), key: 'telegram:@school5', site: 'telegram', url: 'https://t.me/school5' };
const BASHKORTOSTAN = { expected: ['vk', 'ok', 'max', 'telegram'] as const };
const SVERDLOVSK = { expected: ['vk', 'ok', 'max'] as const, maxLinkRequired: true };

describe('Bashkortostan: VK, OK, MAX and Telegram expected', () => {
  it('no Telegram page → fail, naming the platform', () => {
    const a = auditInstitution(inst, [vk(), ok(), max()], BASHKORTOSTAN);
    expect(a.compliance).toBe('fail');
    expect(a.missing).toEqual(['telegram']);
  });
  it('MAX week missed → fail on MAX', () => {
    const a = auditInstitution(inst, [vk(), ok(), max({ month: 'fail' }), tg], BASHKORTOSTAN);
    expect(a.compliance).toBe('fail');
    expect(a.failed).toEqual(['max']);
  });
  it('all there and met → pass; the link is not asked', () => {
    const a = auditInstitution(inst, [vk({ links: null }), ok(), max(), tg], BASHKORTOSTAN);
    expect(a.compliance).toBe('pass');
    expect(a.maxLinks).toEqual([]);
  });
});

describe('Sverdlovsk: the VK/OK pages link to the MAX channel', () => {
  it('both pages link to it → pass', () => {
    const a = auditInstitution(inst, [vk(), ok(), max()], SVERDLOVSK);
    expect(a.maxLinks.map((l) => [l.site, l.status, l.reason])).toEqual([
      ['vk', 'pass', 'max-link-found'],
      ['ok', 'pass', 'max-link-found'],
    ]);
    expect(a.compliance).toBe('pass');
  });
  it('a page read in full without the link → fail', () => {
    const a = auditInstitution(
      inst,
      [vk({ links: { messengerLinks: [], description: 'present', descriptionComplete: true } }), ok(), max()],
      SVERDLOVSK,
    );
    expect(a.maxLinks[0]).toMatchObject({ site: 'vk', status: 'fail', reason: 'max-link-missing' });
    expect(a.compliance).toBe('fail');
  });
  it('a link to another MAX address → unknown, never fail', () => {
    const a = auditInstitution(
      inst,
      [
        vk({
          links: {
            messengerLinks: ['https://max.ru/join/AbCdEf'],
            description: 'present',
            descriptionComplete: true,
          },
        }),
        ok(),
        max(),
      ],
      SVERDLOVSK,
    );
    expect(a.maxLinks[0]).toMatchObject({ status: 'unknown', reason: 'max-link-unmatched' });
    expect(a.compliance).toBe('unknown');
  });
  it('a collapsed description, a page never read → unknown', () => {
    const a = auditInstitution(
      inst,
      [
        vk({ links: { messengerLinks: [], description: 'present', descriptionComplete: false } }),
        ok({ links: null, month: null, read: 'never' }),
        max(),
      ],
      SVERDLOVSK,
    );
    expect(a.maxLinks.map((l) => l.reason)).toEqual(['description-incomplete', 'not-detected']);
    expect(a.compliance).toBe('unknown');
  });
  it('the channel listed by its id matches a link by id; the web client address counts', () => {
    const byId = max({ key: 'max:-70000000000001', url: 'https://web.max.ru/-70000000000001' });
    const a = auditInstitution(
      inst,
      [
        vk({
          links: {
            messengerLinks: ['https://web.max.ru/-70000000000001'],
            description: 'present',
            descriptionComplete: true,
          },
        }),
        byId,
      ],
      SVERDLOVSK,
    );
    expect(a.maxLinks[0]).toMatchObject({ status: 'pass' });
  });
  it('no MAX page in the list: the link is not checked, the missing platform fails', () => {
    const a = auditInstitution(inst, [vk({ links: null }), ok()], SVERDLOVSK);
    expect(a.maxLinks).toEqual([]);
    expect(a.missing).toEqual(['max']);
  });
});
