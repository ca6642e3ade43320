// A value read when an event fires rather than when a component renders: the getter never
// changes, so memoised controls that take it are not rendered again on every key typed above.
import { useCallback, useLayoutEffect, useRef } from 'react';

export function useCurrent<T>(value: T): () => T {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return useCallback(() => ref.current, []);
}
