import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';

afterEach(() => cleanup());

// jsdom has no Web Animations API; Designsystemet's skeletons ask it for running animations.
if (typeof document !== 'undefined' && !('getAnimations' in document)) {
  Object.defineProperty(document, 'getAnimations', { value: () => [], configurable: true });
}

// A state update outside act() means a test ended before the component settled: React's warning
// would only be printed (and read as an [ERROR] in the Maven build). Fail the test instead.
beforeEach(() => {
  const original = console.error;
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    if (String(args[0]).includes('not wrapped in act(')) {
      throw new Error(`React state update outside act() in ${String(args[1])}`);
    }
    original(...args);
  });
});
afterEach(() => vi.restoreAllMocks());
