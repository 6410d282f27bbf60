import { forwardRef, type HTMLAttributes } from 'react';
import { cx, devError, reportUnknownValues } from '../../utils';
import { renderText, type TextStyleProps, type TextVariant } from '../Text/Text';
import { headingClass } from './Heading.styles';

export const headingLevels = [1, 2, 3, 4, 5, 6] as const;
export type HeadingLevel = (typeof headingLevels)[number];
export type HeadingVariant = TextVariant;

/** The look each level has unless `variant` says otherwise. */
export const headingVariantByLevel: Record<HeadingLevel, HeadingVariant> = {
  1: 'headline',
  2: 'title',
  3: 'label-lg',
  4: 'label',
  5: 'label-sm',
  6: 'label-sm',
};

export interface HeadingProps
  extends TextStyleProps, Omit<HTMLAttributes<HTMLHeadingElement>, 'color' | 'children'> {
  /**
   * The outline level: `h1`…`h6`. Required, because the right level depends on where the
   * heading sits in the page, which only the caller knows. Pick it for the outline, never for
   * the size; change the look with `variant`.
   */
  level: HeadingLevel;
  /**
   * The typography role: how the heading looks, independent of its level. Always written as
   * `data-variant`, even at its default: the default follows the level, so no single base
   * rule can hold it (the exception to "defaults are absent").
   * @default headingVariantByLevel[level] (1 headline, 2 title, 3 label-lg, 4 label, 5–6 label-sm)
   */
  variant?: HeadingVariant;
}

function isLevel(level: unknown): level is HeadingLevel {
  return typeof level === 'number' && Number.isInteger(level) && level >= 1 && level <= 6;
}

/**
 * A section heading, `h1`…`h6`. The level is explicit and required; the look follows the level
 * by default and can differ from it (`<Heading level={2} variant="headline">`).
 */
export const Heading = forwardRef<HTMLHeadingElement, HeadingProps>(function Heading(
  { level, variant, className, ...props },
  ref,
) {
  // Inline NODE_ENV check: production bundles drop the messages (see toastStore.ts).
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    // A level given outside 1–6 is reported as any value outside its union; a missing one here.
    if (level == null) {
      devError(
        'Heading',
        `\`level\` must be 1, 2, 3, 4, 5 or 6 (got ${String(level)}); rendering an h2. Choose the level from the page outline.`,
      );
    }
    reportUnknownValues('Heading', { level: [level, headingLevels] });
  }
  const safeLevel: HeadingLevel = isLevel(level) ? level : 2;
  return renderText(
    {
      ...props,
      as: `h${safeLevel}`,
      component: 'Heading',
      variant: variant ?? headingVariantByLevel[safeLevel],
      className: cx(headingClass, className),
    },
    ref as never,
  );
});

Heading.displayName = 'Heading';
