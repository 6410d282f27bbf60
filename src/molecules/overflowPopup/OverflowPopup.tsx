import {
  useEffect,
  useId,
  useRef,
  useState,
  type ButtonHTMLAttributes,
  type MouseEvent,
  type ReactNode,
} from 'react';

import { overflowPopupClass } from './OverflowPopup.styles';

export interface OverflowPopupProps {
  /** The button's accessible name, e.g. "Show 3 more". */
  label: string;
  /** What the button shows: an ellipsis, or "More" and a chevron. */
  children: ReactNode;
  /** The `<li>` items of the popup's list, each holding one `[data-part="item"]` link or button. */
  items: ReactNode;
  /** The class of the button. */
  className?: string;
  /** Props for the button (a `data-part`, a `title`). */
  buttonProps?: ButtonHTMLAttributes<HTMLButtonElement> & Record<`data-${string}`, unknown>;
}

/**
 * The "more" of navigation that does not fit (Breadcrumb's collapsed middle, Tabs' overflow):
 * the APG disclosure pattern for navigation, a button with `aria-expanded` that shows a list of
 * links or buttons. It is the platform's popover: the button's `popovertarget` opens a
 * `popover="auto"` element, so light dismiss, Escape (focus back on the button) and the Tab
 * order (the popup follows its button) come from the browser, and server HTML already holds
 * the hidden items. Activating an item closes it. About 0.5 KiB; the Menu molecule (about
 * 8.1 KiB with the overlay layer and its placement) stays out of the bundles that use this.
 *
 * @selector [aria-expanded="true"] — the button, while the popup is open
 */
export function OverflowPopup({
  label,
  children,
  items,
  className,
  buttonProps,
}: OverflowPopupProps) {
  const id = useId();
  const popupRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const popup = popupRef.current;
    const button = buttonRef.current;
    if (!popup || !button) return;
    const onToggle = (event: Event) => {
      const shown = (event as ToggleEvent).newState === 'open';
      setOpen(shown);
      // Without CSS anchor positioning the popup would sit in the middle of the viewport: place
      // it under the button, at its start edge, from one read of the button's box.
      if (shown && !CSS.supports('position-area', 'end')) {
        const box = button.getBoundingClientRect();
        const rtl = getComputedStyle(button).direction === 'rtl';
        popup.style.top = `${box.bottom}px`;
        popup.style.left = `${rtl ? box.right - popup.offsetWidth : box.left}px`;
      }
    };
    popup.addEventListener('toggle', onToggle);
    return () => popup.removeEventListener('toggle', onToggle);
  }, []);

  // A link or button chosen: the popup closes (a router's link navigates without a page load).
  const closeOnChoice = (event: MouseEvent<HTMLDivElement>) => {
    if ((event.target as Element).closest('[data-part="item"]')) popupRef.current?.hidePopover?.();
  };

  return (
    <>
      <button
        {...buttonProps}
        ref={buttonRef}
        type="button"
        className={className}
        aria-label={label}
        aria-expanded={open}
        aria-controls={id}
        popoverTarget={id}
      >
        {children}
      </button>
      <div
        ref={popupRef}
        id={id}
        popover="auto"
        className={overflowPopupClass}
        onClick={closeOnChoice}
      >
        <ul>{items}</ul>
      </div>
    </>
  );
}
