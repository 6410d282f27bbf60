/*
 * List navigation by keyboard (the APG listbox and combobox patterns), as pure functions over
 * the options in display order. Disabled options are skipped; the ends do not wrap.
 */

interface Navigable {
  disabled: boolean;
}

/** The first enabled option at or after `from` going in `step`'s direction, or -1. */
export function enabledFrom(options: ReadonlyArray<Navigable>, from: number, step: 1 | -1): number {
  for (let index = from; index >= 0 && index < options.length; index += step) {
    if (!options[index]?.disabled) return index;
  }
  return -1;
}

export const firstEnabled = (options: ReadonlyArray<Navigable>) => enabledFrom(options, 0, 1);
export const lastEnabled = (options: ReadonlyArray<Navigable>) =>
  enabledFrom(options, options.length - 1, -1);

/**
 * Where a navigation key moves the active option, or `null` when the key is not one:
 * ArrowDown/ArrowUp (the next or previous enabled option; from none, the first or last),
 * Home/End, PageDown/PageUp (`pageSize` options on, stopping at the last enabled one).
 * Returns the current index when there is nowhere to go, and -1 when nothing is enabled.
 */
export function navigate(
  key: string,
  options: ReadonlyArray<Navigable>,
  active: number,
  pageSize: number,
): number | null {
  const current = active >= 0 && active < options.length ? active : -1;
  const keepOr = (index: number) => (index === -1 ? current : index);
  switch (key) {
    case 'ArrowDown':
      return current === -1 ? firstEnabled(options) : keepOr(enabledFrom(options, current + 1, 1));
    case 'ArrowUp':
      return current === -1 ? lastEnabled(options) : keepOr(enabledFrom(options, current - 1, -1));
    case 'Home':
      return firstEnabled(options);
    case 'End':
      return lastEnabled(options);
    case 'PageDown': {
      if (current === -1) return firstEnabled(options);
      const target = Math.min(options.length - 1, current + Math.max(1, pageSize));
      return keepOr(
        enabledFrom(options, target, -1) > current
          ? enabledFrom(options, target, -1)
          : enabledFrom(options, target, 1),
      );
    }
    case 'PageUp': {
      if (current === -1) return lastEnabled(options);
      const target = Math.max(0, current - Math.max(1, pageSize));
      return keepOr(
        enabledFrom(options, target, 1) < current
          ? enabledFrom(options, target, 1)
          : enabledFrom(options, target, -1),
      );
    }
    default:
      return null;
  }
}
