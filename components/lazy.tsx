/**
 * `lazy(load)`: a component whose code is a separate chunk, loaded the first time it is rendered (renders nothing
 * until then). Keeps what the popup does not need for its first complete render out of its initial load, without
 * preact/compat's Suspense.
 */
import type { ComponentType, FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export function lazy<P extends object>(
  load: () => Promise<ComponentType<P>>,
): FunctionComponent<P> & {
  preload: () => Promise<ComponentType<P>>;
} {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const preload = () => {
    pending ??= load().then((c) => {
      loaded = c;
      return c;
    });
    return pending;
  };
  function Lazy(props: P) {
    const [, setReady] = useState(loaded !== null);
    useEffect(() => {
      if (loaded) return;
      let live = true;
      preload().then(
        () => live && setReady(true),
        () => {},
      );
      return () => {
        live = false;
      };
    }, []);
    const Loaded = loaded;
    return Loaded ? <Loaded {...props} /> : null;
  }
  return Object.assign(Lazy, { preload });
}
