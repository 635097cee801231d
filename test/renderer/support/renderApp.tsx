import { render } from '@testing-library/react';
import { App } from '../../../src/renderer/src/App';

/** Renders the whole renderer as the window would, starting at a hash route. */
export function renderApp(route = '/') {
  window.location.hash = `#${route}`;
  return render(<App />);
}
