import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// antd measures the screen (responsive grid, virtual lists, tabs) through APIs happy-dom leaves out.
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

if (!('ResizeObserver' in window)) {
  class ResizeObserverStub {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  Object.defineProperty(window, 'ResizeObserver', { value: ResizeObserverStub, writable: true });
}

// The first render of antd's table in a test file takes more than the default second on a busy machine,
// and more than 5 s on a 2-core machine running the other test projects beside it. The waits are for
// states; this is only how long a state may take before the test fails (the test itself has 20 s).
configure({ asyncUtilTimeout: 15_000 });

afterEach(() => {
  cleanup();
  delete window.normdesk;
  window.location.hash = '';
});
