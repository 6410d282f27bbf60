/**
 * What every tooltip on the page shares: the open one's close function (only one tooltip is
 * shown at a time) and until when the group is "warm", so moving from one trigger to the
 * next shows the next tooltip without the open delay (as react-aria and Radix do).
 * Private: Tooltip.tsx changes it; the unit tests' shared setup reads and resets it.
 */
export const tooltipGroup: { close: (() => void) | null; warmUntil: number } = {
  close: null,
  warmUntil: 0,
};

/**
 * Cools the group down, as a page does after a while with no tooltip shown. For the unit
 * tests' shared setup: the warm-up is timed with `Date.now`, which a test may have moved with
 * fake timers, so one test file's last tooltip must not make the next file's show at once.
 */
export function resetTooltipGroup(): void {
  tooltipGroup.close = null;
  tooltipGroup.warmUntil = 0;
}
