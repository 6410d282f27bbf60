import { forwardRef } from 'react';
import { devError, reportUnchangeable, reportUnknownValues } from '../../utils';
import { useControllableState } from '../overlay/useControllableState';
import {
  DisclosureBase,
  disclosureHeadingLevels,
  type DisclosureSharedProps,
} from './DisclosureBase';

export interface DisclosureProps extends DisclosureSharedProps {
  /** Whether the content is shown (controlled). Use with `onOpenChange`. */
  open?: boolean;
  /**
   * Whether the content is shown at first (uncontrolled).
   * @default false
   * @selector [open] — the native attribute of `<details>`
   */
  defaultOpen?: boolean;
  /**
   * Called with the new state when the button is pressed, or when the browser opens the
   * content itself (find-in-page found a match inside).
   */
  onOpenChange?: (open: boolean) => void;
}

/**
 * A button that shows and hides a section of content (WAI-ARIA APG disclosure), built on the
 * native `<details>` and `<summary>`: Enter and Space toggle it, the browser says expanded or
 * collapsed, find-in-page opens it on a match, and it works before hydration. The height
 * animates from the motion tokens, and not at all under reduced motion. The ref and native
 * props reach the `<details>`.
 *
 * @selector .cal-disclosure — the `<details>`; `[open]` while shown
 * @selector [data-part="title" | "icon" | "content"]
 */
export const Disclosure = forwardRef<HTMLDetailsElement, DisclosureProps>(function Disclosure(
  { open: openProp, defaultOpen = false, onOpenChange, ...rest },
  ref,
) {
  const [open, setOpen] = useControllableState(openProp, defaultOpen, onOpenChange);
  // Inline NODE_ENV check: production bundles drop the messages (see toastStore.ts).
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    if (rest.title === undefined || rest.title === null || rest.title === '') {
      devError('Disclosure', '`title` is required: it is the text of the button that opens it.');
    }
    reportUnchangeable('Disclosure', { open: openProp, onOpenChange }, 'open', 'onOpenChange');
    reportUnknownValues('Disclosure', {
      headingLevel: [rest.headingLevel, disclosureHeadingLevels],
    });
  }
  return <DisclosureBase {...rest} ref={ref} open={open} onOpenChange={setOpen} />;
});

Disclosure.displayName = 'Disclosure';
