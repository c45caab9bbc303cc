import 'fake-indexeddb/auto';
import { configure } from '@testing-library/preact';
import { afterAll, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// waitFor/findBy* wait for a condition; their default limit (1 s) is tighter than a busy two-core machine needs.
configure({ asyncUtilTimeout: 15_000 });

beforeEach(() => {
  fakeBrowser.reset();
});

// Preact runs effects after paint: on the next frame, or after a 100 ms timer when frames lag (a busy machine). Let
// both pass while the test file's DOM still exists, or they fire after jsdom is gone («cancelAnimationFrame is not
// defined», an unhandled error that fails the run).
afterAll(async () => {
  if (typeof requestAnimationFrame !== 'function') return;
  await new Promise<void>((resolve) => setTimeout(resolve, 150));
  await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
});
