import {
  forwardRef,
  useRef,
  type DetailsHTMLAttributes,
  type MouseEvent,
  type ReactNode,
  type ToggleEvent,
} from 'react';
import { cx, mergeRefs, useBrowserLayoutEffect } from '../../utils';
import { disclosureClass } from './Disclosure.styles';

/** The levels a title's heading can take: `h2` to `h6` (the page's own title is the `h1`). */
export const disclosureHeadingLevels = [2, 3, 4, 5, 6] as const;
export type DisclosureHeadingLevel = (typeof disclosureHeadingLevels)[number];

/** The props Disclosure and AccordionItem share. */
export interface DisclosureSharedProps extends Omit<
  DetailsHTMLAttributes<HTMLDetailsElement>,
  'title' | 'open' | 'name'
> {
  /** What the content is about: the text of the button that shows and hides it. Required. */
  title: ReactNode;
  /**
   * Wraps the title in a heading of this level (inside the `<summary>`), so the section shows
   * in the page outline and screen readers' heading lists.
   * @selector [data-part="title"] — an `h2`…`h6` when set, else a `<span>`
   */
  headingLevel?: DisclosureHeadingLevel;
  /**
   * The button cannot be used (`aria-disabled`, still focusable and announced); the content
   * stays as it is, open or closed.
   * @default false
   * @selector [data-disabled]
   */
  disabled?: boolean;
  /** The content shown when open. */
  children?: ReactNode;
}

interface DisclosureBaseProps extends DisclosureSharedProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** `<details name>`: the browser keeps one of the same name open (an exclusive Accordion). */
  name?: string;
}

// Lucide's chevron-down, inlined so a Disclosure does not pull in the Icon component.
const chevron = (
  <svg
    data-part="icon"
    viewBox="0 0 24 24"
    fill="none"
    stroke="currentColor"
    strokeWidth={2}
    strokeLinecap="round"
    strokeLinejoin="round"
    aria-hidden="true"
  >
    <path d="m6 9 6 6 6-6" />
  </svg>
);

/**
 * The markup and state sync Disclosure and AccordionItem share: a native `<details>` whose
 * `open` is React state. A press on the `<summary>` (click, Enter, Space) is prevented and
 * reported instead, so a controlled caller decides; what the browser opens or closes by
 * itself (find-in-page opening the match's section, `name` closing the other sections of an
 * exclusive group, a press before hydration) arrives as a `toggle` event and is reported too.
 * After each render the element is set to the state, so the two never drift.
 */
export const DisclosureBase = forwardRef<HTMLDetailsElement, DisclosureBaseProps>(
  function DisclosureBase(
    {
      open,
      onOpenChange,
      title,
      headingLevel,
      disabled = false,
      className,
      children,
      onToggle,
      ...rest
    },
    ref,
  ) {
    const details = useRef<HTMLDetailsElement>(null);
    useBrowserLayoutEffect(() => {
      if (details.current && details.current.open !== open) details.current.open = open;
    });
    const handleClick = (event: MouseEvent<HTMLElement>) => {
      event.preventDefault();
      if (!disabled) onOpenChange(!open);
    };
    const handleToggle = (event: ToggleEvent<HTMLDetailsElement>) => {
      onToggle?.(event);
      if (event.currentTarget.open !== open) onOpenChange(event.currentTarget.open);
    };
    const Title = headingLevel ? (`h${headingLevel}` as const) : 'span';
    return (
      <details
        {...rest}
        ref={mergeRefs(details, ref)}
        className={cx(disclosureClass, className)}
        open={open}
        data-disabled={disabled || undefined}
        onToggle={handleToggle}
      >
        <summary aria-disabled={disabled || undefined} onClick={handleClick}>
          <Title data-part="title">{title}</Title>
          {chevron}
        </summary>
        <div data-part="content">{children}</div>
      </details>
    );
  },
);
