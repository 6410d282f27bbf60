/**
 * Where a roving-focus key moves in a one-dimensional group (RAC's TagGroup, the APG's grid
 * used as a list): ArrowRight/ArrowDown to the next item, ArrowLeft/ArrowUp to the previous
 * one (left and right swap in right-to-left), Home/End to the first and last. Disabled items
 * are skipped; the ends do not wrap (a tag list is not a cycle). Returns the target index,
 * the current one when there is nowhere to go, or null for a key that is not navigation.
 */
export function tagTarget(
  key: string,
  count: number,
  current: number,
  disabled: (index: number) => boolean,
  rtl: boolean,
): number | null {
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
  const scan = (from: number, step: 1 | -1) => {
    for (let index = from; index >= 0 && index < count; index += step) {
      if (!disabled(index)) return index;
    }
    return -1;
  };
  let target: number;
  if (key === forward || key === 'ArrowDown') target = scan(current + 1, 1);
  else if (key === backward || key === 'ArrowUp') target = scan(current - 1, -1);
  else if (key === 'Home') target = scan(0, 1);
  else if (key === 'End') target = scan(count - 1, -1);
  else return null;
  return target === -1 ? current : target;
}

/**
 * The item focus goes to after the item at `removed` left the list of `count` remaining
 * items: the one that took its place, else the nearest one before it; disabled ones skipped.
 * -1 when none is left.
 */
export function focusAfterRemoval(
  removed: number,
  count: number,
  disabled: (index: number) => boolean,
): number {
  for (let index = Math.min(removed, count - 1); index < count; index += 1) {
    if (index >= 0 && !disabled(index)) return index;
  }
  for (let index = Math.min(removed, count) - 1; index >= 0; index -= 1) {
    if (!disabled(index)) return index;
  }
  return -1;
}
