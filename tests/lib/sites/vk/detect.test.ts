import { describe, expect, it } from 'vitest';
import { detectVkPage, VK_DETECTORS, vkIdFromUrl } from '../../../../lib/sites/vk/detect';

const DETECTORS: Record<string, { detect: (u: URL) => boolean; examples: readonly string[] }> = VK_DETECTORS;

describe('VK URL detectors, both ways', () => {
  for (const [name, { examples }] of Object.entries(DETECTORS)) {
    for (const example of examples) {
      it(`${example} is only ${name}`, () => {
        const url = new URL(example);
        for (const [other, d] of Object.entries(DETECTORS)) expect(d.detect(url), other).toBe(other === name);
      });
    }
  }

  it.each([
    'https://ok.ru/group/1',
    'https://vkvideo.ru/video-1_2',
    'https://example.org/club1',
    'https://vk.company/',
  ])('%s is not VK at all', (u) => {
    expect(detectVkPage(new URL(u))).toBeNull();
  });

  it('maps detectors to page kinds and ids', () => {
    expect(detectVkPage(new URL('https://vk.com/public77'))).toBe('community');
    expect(detectVkPage(new URL('https://vk.com/id77'))).toBe('profile');
    expect(detectVkPage(new URL('https://vk.com/mos_ru'))).toBe('maybe-community');
    expect(detectVkPage(new URL('https://vk.com/feed'))).toBe('other');
    expect(vkIdFromUrl(new URL('https://vk.com/wall-55?own=1'))).toBe('55');
    expect(vkIdFromUrl(new URL('https://vk.com/event9'))).toBe('9');
    expect(vkIdFromUrl(new URL('https://vk.com/durov'))).toBeNull();
  });
});
