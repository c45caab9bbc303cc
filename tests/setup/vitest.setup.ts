import 'fake-indexeddb/auto';
import { configure } from '@testing-library/preact';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// waitFor/findBy* wait for a condition; their default limit (1 s) is tighter than a busy two-core machine needs.
configure({ asyncUtilTimeout: 15_000 });

beforeEach(() => {
  fakeBrowser.reset();
});
