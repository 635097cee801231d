import { type ComponentType, lazy, type LazyExoticComponent } from 'react';

/**
 * A component whose code, and antd with it, loads when it is first shown, wrapped in antd's providers.
 * The first screen (the shell and the registry list) is plain React and CSS, so it paints without
 * waiting for antd; every part that uses antd is one of these.
 */
export function lazyWithAntd<P extends object>(
  load: () => Promise<ComponentType<P>>,
): LazyExoticComponent<ComponentType<P>> {
  return lazy(async () => {
    const [Component, { AntdProviders }] = await Promise.all([load(), import('./AntdProviders')]);
    function WithAntd(props: P) {
      return (
        <AntdProviders>
          <Component {...props} />
        </AntdProviders>
      );
    }
    WithAntd.displayName = `WithAntd(${Component.displayName ?? Component.name})`;
    return { default: WithAntd };
  });
}
