import {
  forwardRef,
  useContext,
  useId,
  useLayoutEffect,
  useRef,
  type HTMLAttributes,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import { cx, devError, reportUnknownValues } from '../../utils';
import {
  captureFocusReturn,
  focusFirst,
  hideFromTopLayer,
  isFocusable,
  OverlayPortal,
  overlayPlacements,
  showInTopLayer,
  tabbables,
  useAnchor,
  useOverlayLayer,
  useOverlaySurface,
  useScrollableFocus,
} from '../overlay';
import { popoverClass } from './Popover.styles';
import { PopoverTriggerContext } from './PopoverTrigger';

/** Every placement, for stories and docs. `start`/`end` sides mirror in right-to-left. */
export const popoverPlacements = overlayPlacements;
/** Where a popover opens: a side of its trigger, optionally aligned to one of its edges. */
export type PopoverPlacement = (typeof popoverPlacements)[number];

export interface PopoverOwnProps {
  /** Whether the popover is open, controlled. Pair it with `onOpenChange`. */
  open?: boolean;
  /**
   * Whether the popover starts open, when uncontrolled (and not inside a PopoverTrigger).
   * @default false
   */
  defaultOpen?: boolean;
  /**
   * Called with `false` when the user dismisses the popover (Escape, a press outside it, Tab
   * past its last element) and with `true`/`false` when a PopoverTrigger toggles it. A
   * controlled popover stays open until you set `open={false}`.
   */
  onOpenChange?: (open: boolean) => void;
  /**
   * The preferred side of the trigger and alignment. It flips to the opposite side, and
   * shifts along it, when it does not fit; `data-placement` tells the side used. `start` and
   * `end` follow the trigger's writing direction (left and right in LTR, mirrored in RTL).
   * @default 'bottom'
   * @selector [data-placement="top" | "bottom-start" | "end" | …] — the placement used, after any flip
   */
  placement?: PopoverPlacement;
  /**
   * Draws an arrow pointing at the trigger (and leaves room for it).
   * @default false
   * @selector [data-part="arrow"]
   */
  arrow?: boolean;
  /**
   * A short heading (an `h2`) that names the popover (`aria-labelledby`). Required unless
   * `aria-label` or `aria-labelledby` names it.
   * @selector [data-part="title"]
   */
  title?: ReactNode;
  /**
   * The content. It scrolls inside the popover when it is taller than the room left in the
   * viewport.
   * @selector [data-part="content"]
   */
  children?: ReactNode;
  /**
   * The element to focus on open. By default focus goes to the first element with
   * `autoFocus`, else the first focusable element of the content, else the popover itself.
   */
  initialFocus?: RefObject<HTMLElement | null>;
  /**
   * The element the popover is anchored to, when it is not in a PopoverTrigger (a
   * controlled popover opened by something else). Focus returns there on close.
   */
  anchorRef?: RefObject<Element | null>;
}

export type PopoverProps = PopoverOwnProps &
  Omit<HTMLAttributes<HTMLDivElement>, keyof PopoverOwnProps | 'role' | 'popover'>;

function hasName(props: PopoverProps): boolean {
  const { title } = props;
  const titled = title !== undefined && title !== null && title !== false && title !== '';
  return titled || Boolean(props['aria-label'] || props['aria-labelledby']);
}

function reportMisuse(props: PopoverProps, triggered: boolean) {
  if (!hasName(props)) {
    devError(
      'Popover',
      'a popover needs an accessible name: give it a `title` (shown as its heading), or `aria-label` when it has no visible heading.',
    );
  }
  if (!triggered && !props.anchorRef) {
    devError(
      'Popover',
      'a popover needs an anchor: put it in a PopoverTrigger after its trigger, or pass `anchorRef`.',
    );
  }
  reportUnknownValues('Popover', { placement: [props.placement, popoverPlacements] });
  if (props.open !== undefined && !props.onOpenChange && !triggered) {
    devError(
      'Popover',
      '`open` is set without `onOpenChange`: Escape and a press outside cannot close it. Handle `onOpenChange`, or use `defaultOpen` or a PopoverTrigger.',
    );
  }
}

/**
 * A non-modal panel anchored to its trigger: filters, a short form, details on demand. It
 * is a non-modal `role="dialog"`: the page stays usable. Escape, a press outside it and Tab
 * past its end close it; only the topmost overlay closes (a Popover in a Dialog closes
 * alone). Focus moves in on open (`initialFocus`, `autoFocus`, the first focusable element,
 * else the popover) and back to the trigger on close, but for a close by a press outside,
 * which leaves focus where the user pressed. It is shown in the browser's top
 * layer (the `popover="manual"` attribute), so it stays above a Dialog it opens from, and it
 * is placed by the overlay layer's `anchorOverlay` (CSS anchor positioning where the browser
 * has it; flip, shift, logical sides). Open it with a PopoverTrigger, or
 * with `open`/`onOpenChange` and `anchorRef`.
 *
 * The trigger's width is available to its styles as `var(--trigger-width)`, the room left
 * in the viewport as `var(--available-width)` and `var(--available-height)`.
 *
 * @selector .cal-popover — the popup; parts `[data-part="title" | "content" | "arrow"]`
 * @selector [data-placement] — the placement used, after any flip (logical: `start`/`end`)
 * @selector [data-exiting] — closed and playing its exit animation
 */
export const Popover = forwardRef<HTMLDivElement, PopoverProps>(function Popover(props, ref) {
  const { open, defaultOpen, onOpenChange, anchorRef, ...rest } = props;
  const trigger = useContext(PopoverTriggerContext);
  // Inline NODE_ENV check: production bundles drop the messages (see toastStore.ts).
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    reportMisuse(props, trigger !== null);
  }
  const surface = useOverlaySurface<HTMLDivElement>(
    { open, defaultOpen, onOpenChange },
    trigger,
    ref,
  );
  if (!surface.mounted) return null;
  return (
    <OverlayPortal>
      <PopoverElement
        {...rest}
        id={rest.id ?? trigger?.overlayId}
        anchorRef={anchorRef ?? trigger?.triggerRef}
        exiting={surface.exiting}
        requestClose={surface.requestClose}
        ref={surface.ref}
        innerRef={surface.elementRef}
      />
    </OverlayPortal>
  );
});

Popover.displayName = 'Popover';

type PopoverElementProps = Omit<PopoverProps, 'open' | 'defaultOpen' | 'onOpenChange'> & {
  exiting: boolean;
  requestClose: () => void;
  innerRef: RefObject<HTMLDivElement | null>;
};

/**
 * The next element Tab reaches after the anchor, outside the popover, within the anchor's
 * open dialog (the rest of the page is inert) or else the document.
 */
function tabbableAfter(anchor: Element, popover: Element): HTMLElement | null {
  const scope = anchor.closest('dialog[open]') ?? anchor.ownerDocument.body;
  return (
    tabbables(scope).find(
      (element) =>
        !popover.contains(element) &&
        !anchor.contains(element) &&
        Boolean(anchor.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING),
    ) ?? null
  );
}

/** The popup while it is shown: mounted on open, unmounted after its exit animation. */
const PopoverElement = forwardRef<HTMLDivElement, PopoverElementProps>(function PopoverElement(
  {
    placement = 'bottom',
    arrow = false,
    title,
    children,
    initialFocus,
    anchorRef,
    exiting,
    requestClose,
    innerRef,
    className,
    onKeyDown,
    ...native
  },
  forwardedRef,
) {
  const titleId = useId();
  const contentRef = useRef<HTMLDivElement>(null);
  const restoreFocus = useRef<(() => void) | null>(null);
  const hasTitle = title !== undefined && title !== null && title !== false && title !== '';

  // Shown on mount, hidden on unmount. Focus goes back when closing starts (not after the
  // exit animation), and only when it is still in the popover or was lost to <body>. A
  // popover closed by a press outside gives none back: that press has not moved focus yet
  // (it does on mousedown), or moves none (text, Safari's buttons), and focus stays where the
  // user pressed, not on the trigger (Radix does the same).
  useLayoutEffect(() => {
    const popover = innerRef.current;
    if (!popover) return;
    // Inline NODE_ENV check: production bundles drop the message (see toastStore.ts).
    if (
      typeof process !== 'undefined' &&
      process.env.NODE_ENV !== 'production' &&
      !anchorRef?.current
    ) {
      devError(
        'Popover',
        'it has no element to anchor to, so it is not placed by its trigger and focus cannot return there: the first child of its PopoverTrigger must pass its `ref` on to a DOM element (React 18: `forwardRef`), or `anchorRef` must point at one.',
      );
    }
    const focusReturn = captureFocusReturn(popover.ownerDocument, anchorRef?.current);
    restoreFocus.current = () => focusReturn.restore(popover);
    showInTopLayer(popover);
    return () => {
      hideFromTopLayer(popover);
      // Null after a press outside: read when the popover unmounts, not when it mounted.
      restoreFocus.current?.();
    };
    // Mount and unmount only: the element lives exactly as long as the popover is shown.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const arrowElement = useAnchor(innerRef, anchorRef, placement, arrow ? 'space.3' : null);

  useLayoutEffect(() => {
    const popover = innerRef.current;
    if (!popover) return;
    focusFirst([
      initialFocus?.current,
      popover.querySelector<HTMLElement>('[autofocus]'),
      contentRef.current,
      popover,
    ]);
    // On open only: later renders must not pull focus back into the popover.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useLayoutEffect(() => {
    if (exiting) restoreFocus.current?.();
  }, [exiting]);

  useScrollableFocus(contentRef);

  useOverlayLayer(!exiting, {
    onEscape: requestClose,
    onPointerDownOutside: () => {
      restoreFocus.current = null;
      requestClose();
    },
    isInside: (event) => {
      const target = event.target as Node;
      return innerRef.current?.contains(target) || anchorRef?.current?.contains(target);
    },
  });

  // The popover is portalled to the end of the page, but Tab behaves as if it sat right after
  // its trigger (the disclosure pattern): Shift+Tab from its first element goes back to the
  // trigger, Tab from its last element closes it and goes on to what follows the trigger.
  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    onKeyDown?.(event);
    const popover = innerRef.current;
    const anchor = anchorRef?.current;
    if (event.defaultPrevented || event.key !== 'Tab' || !popover || !anchor) return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (!popover.contains(event.target as Node)) return;
    const items = tabbables(popover);
    const active = popover.ownerDocument.activeElement;
    if (event.shiftKey) {
      if ((active === items[0] || active === popover) && isFocusable(anchor)) {
        event.preventDefault();
        anchor.focus();
      }
      return;
    }
    if (items.length === 0 || active === items[items.length - 1]) {
      event.preventDefault();
      (tabbableAfter(anchor, popover) ?? (isFocusable(anchor) ? anchor : null))?.focus();
      requestClose();
    }
  };

  return (
    <div
      {...native}
      ref={forwardedRef}
      className={cx(popoverClass, className)}
      role="dialog"
      popover="manual"
      tabIndex={-1}
      aria-labelledby={native['aria-labelledby'] ?? (hasTitle ? titleId : undefined)}
      data-placement={placement}
      data-exiting={exiting || undefined}
      onKeyDown={handleKeyDown}
    >
      <PopoverTriggerContext.Provider value={null}>
        {hasTitle ? (
          <h2 id={titleId} data-part="title">
            {title}
          </h2>
        ) : null}
        <div ref={contentRef} data-part="content">
          {children}
        </div>
        {arrowElement}
      </PopoverTriggerContext.Provider>
    </div>
  );
});
