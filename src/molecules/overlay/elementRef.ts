import { version, type ReactElement, type Ref } from 'react';

const reactMajor = Number.parseInt(version, 10);

/**
 * The ref a caller put on an element that a trigger clones (`<Tooltip><Button ref={r} />`),
 * so the clone can merge it with its own and the caller's ref still reaches the native
 * element. React 19 keeps `ref` in props (and warns on `element.ref`); React 18 keeps it on
 * the element.
 */
export function elementRef<T>(element: ReactElement): Ref<T> | undefined {
  if (reactMajor >= 19) return (element.props as { ref?: Ref<T> }).ref;
  return (element as unknown as { ref?: Ref<T> }).ref ?? undefined;
}
