import { breakpointNames, type Breakpoint } from '../src/atoms/Grid/breakpoints';
import { tokenPixels } from './stories/viewport';
import { storyPageViewport } from './visualViewport';

/*
 * A story can be photographed at grid breakpoints (`parameters.visual.breakpoints`, read by
 * vitest.setup.ts): the test frame is resized to the breakpoint's minimum width, so media
 * queries, container widths and `matchMedia` listeners see that width, as a resized window
 * would. The widths are read from the tokens (`grid.breakpoint.*`), never written here.
 */

/** A breakpoint a story can be photographed at: every one with a width (`xs` starts at 0). */
export type FrameBreakpoint = Exclude<Breakpoint, 'xs'>;

/** The breakpoints with a minimum width, smallest first. */
export const frameBreakpoints = breakpointNames.filter(
  (name): name is FrameBreakpoint => name !== 'xs',
);

/**
 * The frame width of a breakpoint: its minimum width from the tokens. Throws for a name that is
 * no such breakpoint, or a width the story page cannot show at 1:1 (a wider frame is scaled
 * down by Vitest, and a scaled frame gives resampled pictures).
 */
export function breakpointFrameWidth(breakpoint: string): number {
  if (!(frameBreakpoints as readonly string[]).includes(breakpoint)) {
    throw new Error(
      `parameters.visual.breakpoints: "${breakpoint}" is not one of ${frameBreakpoints.join(', ')}.`,
    );
  }
  const width = tokenPixels(`grid.breakpoint.${breakpoint}`);
  if (width > storyPageViewport.width) {
    throw new Error(
      `Breakpoint ${breakpoint} (${width} px) is wider than the story page (${storyPageViewport.width} px, .storybook/visualViewport.ts).`,
    );
  }
  return width;
}

/**
 * The same widths as Storybook viewports (the toolbar's viewport menu), so a designer can look
 * at any story, a template above all, at the width its pictures were taken at.
 */
export const breakpointViewports = Object.fromEntries(
  frameBreakpoints.map((name) => {
    const width = tokenPixels(`grid.breakpoint.${name}`);
    return [
      `grid-${name}`,
      {
        name: `Grid ${name} (${width}px)`,
        styles: { width: `${width}px`, height: '900px' },
        type:
          width < tokenPixels('grid.breakpoint.md')
            ? 'mobile'
            : width < tokenPixels('grid.breakpoint.lg')
              ? 'tablet'
              : 'desktop',
      },
    ];
  }),
);
