import { forwardRef } from 'react';
import { devError, reportUnknownValues } from '../../utils';
import { Disclosure } from '../Disclosure';
import {
  DisclosureBase,
  disclosureHeadingLevels,
  type DisclosureSharedProps,
} from '../Disclosure/DisclosureBase';
import { useAccordion } from './AccordionContext';

export interface AccordionItemProps extends DisclosureSharedProps {
  /** Identifies the item in the Accordion's `value`. Required. */
  value: string;
}

/**
 * One section of an Accordion: a header button (its `title`, in a heading of the Accordion's
 * `headingLevel`) and the content it shows. A native `<details>`, like Disclosure, whose open
 * state the Accordion holds. The ref and native props reach the `<details>`.
 *
 * @selector .cal-disclosure — the `<details>`; `[open]`, `[data-disabled]`
 */
export const AccordionItem = forwardRef<HTMLDetailsElement, AccordionItemProps>(
  function AccordionItem({ value, headingLevel, ...rest }, ref) {
    const accordion = useAccordion();
    // Inline NODE_ENV check: production bundles drop the messages (see toastStore.ts).
    if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
      if (!accordion) {
        devError(
          'AccordionItem',
          'an AccordionItem must be inside an Accordion; it works as a Disclosure on its own.',
        );
      } else {
        if (typeof value !== 'string' || value === '') {
          devError('AccordionItem', '`value` is required: it names the item in the Accordion.');
        }
        // On its own it is a Disclosure, which reports its `headingLevel` itself.
        reportUnknownValues('AccordionItem', {
          headingLevel: [headingLevel, disclosureHeadingLevels],
        });
      }
    }
    if (!accordion) return <Disclosure {...rest} ref={ref} headingLevel={headingLevel} />;
    return (
      <DisclosureBase
        {...rest}
        ref={ref}
        name={accordion.name}
        headingLevel={headingLevel ?? accordion.headingLevel}
        open={accordion.value.includes(value)}
        onOpenChange={(open) => accordion.setItemOpen(value, open)}
      />
    );
  },
);

AccordionItem.displayName = 'AccordionItem';
