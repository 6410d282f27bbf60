import { css } from '../../theme/css';
import { defineStyles } from '../../theme/styleRegistry';
import { cssVar, typographyStyles, type TokenName } from '../../tokens';

/*
 * Side and initials size per avatar size: two capitals fit with room to spare. The default,
 * `md` (`size.8`, `font.size.200`), is the base rule and writes no `data-size`.
 */
const sizes: Array<[string, TokenName, TokenName]> = [
  ['xs', 'size.5', 'font.size.100'],
  ['sm', 'size.6', 'font.size.100'],
  ['lg', 'size.12', 'font.size.400'],
  ['xl', 'size.16', 'font.size.600'],
];

const statuses: Array<[string, TokenName]> = [
  ['online', 'color.status.success.fg'],
  ['away', 'color.status.warning.fg'],
  ['busy', 'color.status.error.fg'],
  ['offline', 'color.text.secondary'],
];

/*
 * In the rules below:
 * - `&[data-fallback]`: initials and icon sit on a sunken disc; a hairline keeps it apart from a
 *   plain page.
 * - `&[data-part='overflow']`: "+120" widens into a pill rather than spilling out of the circle.
 * - `& > svg[data-part='icon']`: svg in the selector outranks the Icon's own size rule, whatever
 *   the sheet order.
 * - The status dot: each status has its own shape as well as its colour, so none rests on colour
 *   alone (green and red are the pair most colour-blind people confuse): online a disc, away a
 *   crescent (the canvas-coloured `::after` bites the disc's top start; the dot clips it), busy
 *   a disc crossed by a bar (do not disturb), offline a ring. `--_hole` is the page colour the
 *   shapes are cut with.
 * - Forced colours drop the fills, which made every dot the same ring: the dot keeps its own
 *   colours (`forced-color-adjust: none`) in system colours, `CanvasText` on `Canvas`.
 */
export const avatarClass = defineStyles(css`
  label: avatar;
  --_side: ${cssVar('size.8')};
  --_type: ${cssVar('font.size.200')};
  position: relative;
  box-sizing: border-box;
  display: inline-flex;
  flex-shrink: 0;
  align-items: center;
  justify-content: center;
  inline-size: var(--_side);
  block-size: var(--_side);
  border-radius: ${cssVar('radius.full')};
  background-color: ${cssVar('color.bg.sunken')};
  color: ${cssVar('color.text.primary')};
  vertical-align: middle;
  user-select: none;
  ${typographyStyles('label')}
  font-size: var(--_type);
  line-height: 1;

  ${sizes
    .map(
      ([size, side, type]) =>
        `&[data-size='${size}'] { --_side: ${cssVar(side)}; --_type: ${cssVar(type)}; }`,
    )
    .join('\n')}

  &[data-fallback] {
    border: ${cssVar('border.width.thin')} solid ${cssVar('color.border.subtle')};
  }

  & > [data-part='image'] {
    inline-size: 100%;
    block-size: 100%;
    border-radius: inherit;
    object-fit: cover;
  }
  & > [data-part='initials'] {
    white-space: nowrap;
    font-weight: ${cssVar('font.weight.semibold')};
  }
  &[data-part='overflow'] {
    inline-size: auto;
    min-inline-size: var(--_side);
    padding-inline: ${cssVar('space.1')};
  }
  & > svg[data-part='icon'] {
    inline-size: 60%;
    block-size: 60%;
    color: ${cssVar('color.text.secondary')};
  }
  --_hole: ${cssVar('color.bg.canvas')};
  & > [data-part='status'] {
    position: absolute;
    inset-block-end: 0;
    inset-inline-end: 0;
    inline-size: 30%;
    block-size: 30%;
    min-inline-size: ${cssVar('size.px')};
    overflow: hidden;
    border-radius: ${cssVar('radius.full')};
    background-color: var(--_status);
    outline: ${cssVar('border.width.thick')} solid var(--_hole);
  }
  & > [data-part='status']::after {
    content: '';
    position: absolute;
    border-radius: ${cssVar('radius.full')};
    background-color: var(--_hole);
  }
  ${statuses
    .map(([status, token]) => `&[data-status='${status}'] { --_status: ${cssVar(token)}; }`)
    .join('\n')}
  &[data-status='away'] > [data-part='status']::after {
    inset-block-start: -25%;
    inset-inline-start: -25%;
    inline-size: 80%;
    block-size: 80%;
  }
  &[data-status='busy'] > [data-part='status']::after {
    inset: 38% 20%;
  }
  &[data-status='offline'] > [data-part='status'] {
    background-color: var(--_hole);
    border: ${cssVar('border.width.thick')} solid var(--_status);
  }
  @media (forced-colors: active) {
    --_hole: Canvas;
    &[data-status] {
      --_status: CanvasText;
    }
    & > [data-part='status'] {
      forced-color-adjust: none;
    }
  }
`);

/*
 * The base `--_overlap` is the default size's, md (no `data-size`). Logical margins: the stack
 * overlaps towards the start in both directions.
 */
export const avatarGroupClass = defineStyles(css`
  label: avatar-group;
  display: inline-flex;
  flex-wrap: wrap;
  align-items: center;
  --_overlap: calc(-1 * ${cssVar('space.2')});

  &[data-size='xs'],
  &[data-size='sm'] {
    --_overlap: calc(-1 * ${cssVar('space.1')});
  }
  &[data-size='lg'],
  &[data-size='xl'] {
    --_overlap: calc(-1 * ${cssVar('space.3')});
  }
  & > * + * {
    margin-inline-start: var(--_overlap);
  }
  & > * {
    outline: ${cssVar('border.width.thick')} solid ${cssVar('color.bg.canvas')};
  }
`);
