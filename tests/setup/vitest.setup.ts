import 'fake-indexeddb/auto';
import { configure } from '@testing-library/preact';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// waitFor/findBy* wait for a condition; their default limit (1 s) is tighter than a busy two-core machine needs.
configure({ asyncUtilTimeout: 15_000 });

beforeEach(() => {
  fakeBrowser.reset();
});

// Preact runs effects after the next frame (a frame or a 35 ms timer). In a DOM environment, let that frame pass
// after each test (its own afterEach has unmounted by then), or the timer can fire once the environment is torn down
// («cancelAnimationFrame is not defined», an unhandled error that fails the run).
afterEach(async () => {
  if (typeof requestAnimationFrame === 'function') await new Promise<void>((r) => requestAnimationFrame(() => r()));
});
