import { afterEach, vi } from 'vitest';
import { cleanup } from './helpers.js';

// What every widget test leaves behind is taken away after it: the widgets it mounted and the
// fetch, timers or listeners it stubbed with `vi`.
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.restoreAllMocks();
});
