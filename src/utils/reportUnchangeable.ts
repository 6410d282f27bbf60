import { devError } from './dev';

/**
 * Reports a controlled prop the user cannot change: `props[value]` is given but `props[handler]`,
 * which would report the change, is not, on a control that is neither read-only nor disabled.
 * What the user types, picks or presses is then silently dropped. React reports this for a bare
 * `<input value>`, but our controls always give their input a handler of their own, which
 * silences React. Call it behind an inline NODE_ENV check, so production bundles drop it (see
 * toastStore.ts). `readOnly` says whether the control has a read-only mode to suggest.
 */
export function reportUnchangeable(
  component: string,
  props: object,
  value: string,
  handler: string,
  readOnly = false,
): void {
  const given = props as Record<string, unknown>;
  if (given[value] === undefined || typeof given[handler] === 'function') return;
  if (given.readOnly || given.disabled) return;
  const initial = `default${value[0]?.toUpperCase()}${value.slice(1)}`;
  devError(
    component,
    `\`${value}\` is set without \`${handler}\`: what the user does cannot change it. Handle \`${handler}\`, or use \`${initial}\`${readOnly ? ', or set `readOnly`' : ''}.`,
  );
}
