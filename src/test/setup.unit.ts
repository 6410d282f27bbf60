import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, vi } from 'vitest';
import { resetTooltipGroup } from '../molecules/Tooltip/tooltipGroup';
import { resetDevErrors } from '../utils';
import { findLeaks, snapshotWorld } from './leaks';

/*
 * Runs around every unit test file. The unit project shares one jsdom window and one copy of
 * each module between files (`isolate: false` in vite.config.ts), so a file must undo what it
 * changes: this file cleans up what every test leaves by design, and fails a file that leaves
 * anything else behind (./leaks.ts).
 */

// Server-rendering tests run in Node (`// @vitest-environment node`): no window to check.
const dom = typeof document !== 'undefined';

// Taken as this file is evaluated, before the test file is imported (Vitest runs the setup
// files first, again for every test file): what a test file changes at import counts too.
const world = dom ? snapshotWorld() : undefined;

afterEach(() => {
  cleanup();
  // A document-scoped ThemeProvider leaves `data-theme` on <html> when it unmounts (as the
  // head script's attribute stays on a page); cleanup() does not know it.
  if (dom) document.documentElement.removeAttribute('data-theme');
  resetDevErrors();
  // Not a leak: a tooltip that closed warms the group for half a second of `Date.now`, which
  // a test may have moved with fake timers. A page would cool down; the next test starts cold.
  resetTooltipGroup();
});

afterAll(() => {
  if (!world) return;
  // Spies are Vitest's to restore after each file; restore them now so they are not reported.
  vi.restoreAllMocks();
  const leaks = findLeaks(world);
  if (leaks.length > 0) {
    throw new Error(
      `This test file left shared state behind, which the next file in the worker would see:\n- ${leaks.join('\n- ')}`,
    );
  }
});
