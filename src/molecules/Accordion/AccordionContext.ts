import { createContext, useContext } from 'react';
import type { DisclosureHeadingLevel } from '../Disclosure/DisclosureBase';

/** What Accordion shares with its items. */
export interface AccordionContextValue {
  /** The values of the open items. */
  value: readonly string[];
  /** Opens or closes one item (closing the others when only one may be open). */
  setItemOpen: (item: string, open: boolean) => void;
  /** The `<details name>` of an exclusive accordion; undefined when several may be open. */
  name: string | undefined;
  headingLevel: DisclosureHeadingLevel | undefined;
}

export const AccordionContext = createContext<AccordionContextValue | null>(null);

export const useAccordion = () => useContext(AccordionContext);
