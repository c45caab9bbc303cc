import { describe, expect, it } from 'vitest';
import { audienceSizeFor } from '../../../lib/batch/audience';

const group = { key: 'vk:@school5', site: 'vk' as const, id: null, audienceSize: null };
const read = { page: { site: 'vk' as const, url: 'https://vk.com/school5', id: '123' } };

describe('audienceSizeFor', () => {
  it('prefers the size entered for the group in its list', () => {
    expect(audienceSizeFor({ ...group, audienceSize: 900 }, read, { 'vk:123': 500 })).toBe(900);
  });

  it('finds the size the popup saved under the page id for a group added by its short name', () => {
    expect(audienceSizeFor(group, read, { 'vk:123': 500, 'vk:@school5': 700 })).toBe(500);
  });

  it("uses the group's own id before any read", () => {
    expect(audienceSizeFor({ ...group, key: 'vk:77', id: '77' }, null, { 'vk:77': 300 })).toBe(300);
  });

  it('falls back to the list key, then to none', () => {
    expect(audienceSizeFor(group, read, { 'vk:@school5': 700 })).toBe(700);
    expect(audienceSizeFor(group, undefined, {})).toBeNull();
    expect(audienceSizeFor(group, { page: null })).toBeNull();
  });
});
