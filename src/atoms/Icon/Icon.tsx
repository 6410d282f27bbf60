import { forwardRef, type SVGProps } from 'react';
import { cx, devError, reportUnknownValues } from '../../utils';
import { iconClass, iconColors, type IconColor } from './Icon.styles';

export const iconSizes = ['sm', 'md', 'lg', 'inherit'] as const;
export type IconSize = (typeof iconSizes)[number];

export interface IconProps extends Omit<SVGProps<SVGSVGElement>, 'color' | 'ref'> {
  /**
   * Size from the `size.icon.*` tokens; `inherit` follows the surrounding font size (`size.icon.inherit`).
   * @default 'md'
   */
  size?: IconSize;
  /**
   * A text or status colour role; `currentColor` takes the colour of the surrounding text.
   * @default 'currentColor'
   */
  color?: IconColor;
  /**
   * What the icon means, for an icon that carries meaning on its own (a status icon without
   * text). With a label the icon is `role="img"`; without one it is decorative and hidden
   * from assistive technology.
   */
  label?: string;
  /**
   * Mirror the glyph in right-to-left text (arrows, chevrons, "send").
   * @default false
   * @selector [data-mirror] — on the `<svg>`, flipped horizontally where the direction is `rtl`
   */
  mirrorInRtl?: boolean;
}

/**
 * An SVG icon drawn on a 24 × 24 grid with `currentColor` strokes. Decorative by default
 * (`aria-hidden`); give it a `label` when it is the only carrier of meaning. Size and colour
 * are `data-size` and `data-color`; the defaults (`md`, `currentColor`) write no attribute.
 */
export const Icon = forwardRef<SVGSVGElement, IconProps>(function Icon(
  {
    size = 'md',
    color = 'currentColor',
    label,
    mirrorInRtl = false,
    className,
    children,
    ...svgProps
  },
  ref,
) {
  // Inline NODE_ENV check: production bundles drop the messages (see toastStore.ts).
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    reportUnknownValues('Icon', {
      size: [size, iconSizes],
      color: [color, [...iconColors, 'currentColor']],
    });
    if (label === '')
      devError('Icon', 'an empty `label` names nothing. Leave it out for a decorative icon.');
  }
  const labelled = Boolean(label);
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      focusable="false"
      {...svgProps}
      ref={ref}
      className={cx(iconClass, className)}
      data-size={size === 'md' ? undefined : size}
      data-color={color === 'currentColor' ? undefined : color}
      data-mirror={mirrorInRtl || undefined}
      role={labelled ? 'img' : undefined}
      aria-label={labelled ? label : undefined}
      aria-hidden={labelled ? undefined : true}
    >
      {children}
    </svg>
  );
});

Icon.displayName = 'Icon';
