import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';
import { cx, devError, reportUnknownValues } from '../../utils';
import type { DisclosureHeadingLevel } from '../Disclosure';
import { disclosureHeadingLevels } from '../Disclosure/DisclosureBase';
import { emptyStateClass } from './EmptyState.styles';

export const emptyStateSizes = ['sm', 'md', 'lg'] as const;
export type EmptyStateSize = (typeof emptyStateSizes)[number];

export interface EmptyStateProps extends Omit<HTMLAttributes<HTMLDivElement>, 'title'> {
  /** What is empty, in a few words: "No projects yet", "No results for “apollo”". Required. */
  title: ReactNode;
  /**
   * The level of the title's heading, from the page outline: 2 for a page's main content, 3
   * inside a section or card.
   * @default 2
   */
  headingLevel?: DisclosureHeadingLevel;
  /** Why it is empty and what to do about it. */
  description?: ReactNode;
  /**
   * A decorative icon, drawn in a circle above the title, e.g. `<FolderIcon />`. Ignored when
   * there is an `illustration`.
   * @selector [data-part="icon"]
   */
  icon?: ReactNode;
  /**
   * A larger picture above the title, e.g. an `<img alt="">` (decorative: the title says it)
   * or an `<svg>`.
   * @selector [data-part="illustration"]
   */
  illustration?: ReactNode;
  /**
   * What to do next: one primary Button, perhaps a secondary one or a Link.
   * @selector [data-part="actions"]
   */
  actions?: ReactNode;
  /**
   * `sm` inside a table or a card, `md` in a page section, `lg` for a whole empty page.
   * @default 'md'
   * @selector [data-size="sm" | "lg"]
   */
  size?: EmptyStateSize;
  /**
   * Makes it a polite live region (`role="status"`), for an empty state that replaces results
   * after the page has loaded ("No results" after a search), so it is announced. Leave it off
   * for one that is there when the page loads.
   * @default false
   * @selector [role="status"]
   */
  live?: boolean;
}

/**
 * What a page, section or list shows when there is nothing in it yet: an illustration or an
 * icon, a title in a heading, a description and the action that fills it. Centred. The ref
 * and native props reach the root `<div>`.
 *
 * @selector .cal-empty-state — the root; `[data-part="title" | "description"]`
 */
export const EmptyState = forwardRef<HTMLDivElement, EmptyStateProps>(function EmptyState(
  {
    title,
    headingLevel = 2,
    description,
    icon,
    illustration,
    actions,
    size = 'md',
    live = false,
    className,
    ...rest
  },
  ref,
) {
  // Inline NODE_ENV check: production bundles drop the messages (see toastStore.ts).
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    if (title === undefined || title === null || title === '') {
      devError('EmptyState', '`title` is required: it says what is empty.');
    }
    reportUnknownValues('EmptyState', {
      headingLevel: [headingLevel, disclosureHeadingLevels],
      size: [size, emptyStateSizes],
    });
  }
  const Heading = `h${headingLevel}` as const;
  return (
    <div
      {...rest}
      ref={ref}
      className={cx(emptyStateClass, className)}
      data-size={size === 'md' ? undefined : size}
      role={live ? 'status' : rest.role}
    >
      {illustration ? (
        <div data-part="illustration">{illustration}</div>
      ) : icon ? (
        <div data-part="icon" aria-hidden="true">
          {icon}
        </div>
      ) : null}
      <Heading data-part="title">{title}</Heading>
      {description ? <div data-part="description">{description}</div> : null}
      {actions ? <div data-part="actions">{actions}</div> : null}
    </div>
  );
});

EmptyState.displayName = 'EmptyState';
