/*
 * The arrow is a small square turned 45°, half of it showing past the edge that faces the
 * trigger; it shares the surface's background and border, so it reads as one shape.
 * `anchorOverlay` sets its position along the edge (`left`/`top`); which edge follows
 * `data-placement`. Sides are logical: the popover carries the trigger's `dir`, so `start`
 * and `end` resolve like the trigger's own text.
 *
 * `anchoredArrow` holds these rules for a surface that can point at its trigger (Popover,
 * Tooltip), sized by the surface's `--_arrow` (a token), to interpolate right after
 * `anchoredSurface`. They stand apart so a surface without an arrow (Select, Combobox, Menu)
 * does not ship them.
 */
export const anchoredArrow = `
  & > [data-part='arrow'] {
    position: absolute;
    inline-size: var(--_arrow);
    block-size: var(--_arrow);
    background-color: inherit;
    border: inherit;
    border-radius: 0;
    transform: rotate(45deg);
    pointer-events: none;
  }
  &[data-placement^='top'] > [data-part='arrow'] {
    inset-block-end: calc(var(--_arrow) / -2);
    border-block-start-color: transparent;
    border-inline-start-color: transparent;
  }
  &[data-placement^='bottom'] > [data-part='arrow'] {
    inset-block-start: calc(var(--_arrow) / -2);
    border-block-end-color: transparent;
    border-inline-end-color: transparent;
  }
  &[data-placement^='start'] > [data-part='arrow'] {
    inset-inline-end: calc(var(--_arrow) / -2);
    border-block-end-color: transparent;
    border-inline-start-color: transparent;
  }
  &[data-placement^='end'] > [data-part='arrow'] {
    inset-inline-start: calc(var(--_arrow) / -2);
    border-block-start-color: transparent;
    border-inline-end-color: transparent;
  }
`;

/**
 * The style rules every anchored surface shares (Popover, Tooltip, Select, Combobox, Menu), to
 * interpolate in its `css` block: undo the user agent's `[popover]` centring (inset and
 * margin), so the `left`/`top` that `anchorOverlay` writes place it. A plain string: a
 * component that does not use it pays nothing.
 */
export const anchoredSurface = `
  position: fixed;
  inset: auto;
  margin: 0;
  box-sizing: border-box;
  overflow: visible;
`;
