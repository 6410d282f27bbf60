import {
  forwardRef,
  useId,
  useRef,
  type HTMLAttributes,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { cx, devError, reportUnchangeable, reportUnknownValues } from '../../utils';
import { disclosureHeadingLevels, type DisclosureHeadingLevel } from '../Disclosure/DisclosureBase';
import { useControllableState } from '../overlay/useControllableState';
import { moveFocus } from '../roving';
import { accordionClass } from './Accordion.styles';
import { AccordionContext, type AccordionContextValue } from './AccordionContext';

export interface AccordionProps extends Omit<
  HTMLAttributes<HTMLDivElement>,
  'defaultValue' | 'onChange'
> {
  /**
   * Lets several items be open at once. Without it, opening one closes the others (and any
   * item can still be closed, leaving none open).
   * @default false
   */
  multiple?: boolean;
  /** The `value`s of the open items (controlled). Use with `onValueChange`. */
  value?: string[];
  /**
   * The items open at first (uncontrolled).
   * @default []
   */
  defaultValue?: string[];
  /** Called with the `value`s of the open items after one opens or closes. */
  onValueChange?: (value: string[]) => void;
  /**
   * The heading level of every item's title (an item's own `headingLevel` wins). The APG
   * accordion puts each header in a heading; pick the level from the page outline.
   * @default 3
   */
  headingLevel?: DisclosureHeadingLevel;
  /** AccordionItem elements. */
  children?: ReactNode;
}

const none: string[] = [];

/**
 * A stack of sections, each shown or hidden by its header (WAI-ARIA APG accordion). Each
 * AccordionItem is a native `<details>` (see Disclosure); without `multiple`, the items share
 * a `name`, so the browser itself keeps one open, even before hydration and when
 * find-in-page opens another. Keyboard: Tab moves through the headers, Enter or Space
 * toggles one, and Up, Down, Home and End move between headers (the APG's optional keys),
 * wrapping. The ref and native props reach the root `<div>`.
 *
 * @selector .cal-accordion — the root; each item is a `.cal-disclosure` inside it
 */
export const Accordion = forwardRef<HTMLDivElement, AccordionProps>(function Accordion(
  {
    multiple = false,
    value: valueProp,
    defaultValue = none,
    onValueChange,
    headingLevel = 3,
    className,
    onKeyDown,
    children,
    ...rest
  },
  ref,
) {
  const [value, setValue] = useControllableState(valueProp, defaultValue, onValueChange);
  // The latest value, also between two toggles in one task (the browser closing one item and
  // opening another), before React renders again.
  const latest = useRef(value);
  latest.current = value;
  const name = useId();
  // Inline NODE_ENV check: production bundles drop the messages (see toastStore.ts).
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    reportUnchangeable('Accordion', { value: valueProp, onValueChange }, 'value', 'onValueChange');
    reportUnknownValues('Accordion', { headingLevel: [headingLevel, disclosureHeadingLevels] });
    if (!multiple && value.length > 1) {
      devError(
        'Accordion',
        `${value.length} items are open, but only one may be: pass \`multiple\`, or one value.`,
      );
    }
  }
  const context: AccordionContextValue = {
    value,
    setItemOpen: (item, open) => {
      const now = latest.current;
      if (open === now.includes(item)) return;
      latest.current = open
        ? multiple
          ? [...now, item]
          : [item]
        : now.filter((other) => other !== item);
      setValue(latest.current);
    },
    name: multiple ? undefined : name,
    headingLevel,
  };
  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    onKeyDown?.(event);
    const headers = event.currentTarget.querySelectorAll<HTMLElement>(':scope > details > summary');
    moveFocus(event, Array.from(headers), { orientation: 'vertical' });
  };
  return (
    <div {...rest} ref={ref} className={cx(accordionClass, className)} onKeyDown={handleKeyDown}>
      <AccordionContext.Provider value={context}>{children}</AccordionContext.Provider>
    </div>
  );
});

Accordion.displayName = 'Accordion';
