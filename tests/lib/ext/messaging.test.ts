import { describe, expect, it } from 'vitest';
import { isOwnSender, PageAnswerSchema, PROTOCOL } from '../../../lib/ext/messaging';

describe('messaging protocol', () => {
  it('accepts messages only from this extension', () => {
    expect(isOwnSender({ id: 'abc' }, 'abc')).toBe(true);
    expect(isOwnSender({ id: 'other' }, 'abc')).toBe(false);
    expect(isOwnSender(undefined, 'abc')).toBe(false);
    expect(isOwnSender({ id: 'abc' }, null)).toBe(false);
  });

  it('validates requests and answers', () => {
    expect(PROTOCOL.collect.data.safeParse({ cutoff: '2026-10-01T00:00:00Z', delayMs: -1 }).success).toBe(false);
    expect(PROTOCOL.collect.data.safeParse({ cutoff: '2026-10-01T00:00:00Z', delayMs: 1000 }).success).toBe(true);
    expect(PageAnswerSchema.safeParse({ kind: 'community', page: { site: 'vk' } }).success).toBe(false);
    expect(PageAnswerSchema.safeParse({ kind: 'not-community', url: 'x', site: null, reason: 'other' }).success).toBe(
      true,
    );
    expect(PageAnswerSchema.safeParse({ kind: 'error', url: 'x', message: 'm' }).success).toBe(true);
    expect(PageAnswerSchema.safeParse({ kind: 'hack' }).success).toBe(false);
  });
});
