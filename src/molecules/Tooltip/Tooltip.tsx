import {
  cloneElement,
  forwardRef,
  isValidElement,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type HTMLAttributes,
  type PointerEvent,
  type ReactElement,
  type ReactNode,
  type RefObject,
} from 'react';
import { devError, mergeRefs, reportUnknownValues } from '../../utils';
import {
  elementRef,
  OverlayPortal,
  overlayPlacements,
  showInTopLayer,
  useAnchor,
  type OverlayPlacement,
} from '../overlay';
import { tooltipClass } from './Tooltip.styles';
import { tooltipGroup as group } from './tooltipGroup';

/** Where a tooltip opens: a side of its trigger, optionally aligned to one of its edges. */
export type TooltipPlacement = OverlayPlacement;

/** After the last tooltip closed, the next one opens at once for this long (the group delay). */
const COOL_DOWN_MS = 500;
/** How long a finger must rest on the trigger to show its tooltip. */
const LONG_PRESS_MS = 500;
/** How long a tooltip shown by a long press stays after the finger lifts. */
const TOUCH_LINGER_MS = 1500;

export interface TooltipOwnProps {
  /**
   * The text shown: a short description of the trigger, never its only name and never the
   * only place information lives (it cannot be reached on every device, and is not shown
   * until asked for). Plain text: a tooltip holds nothing interactive.
   */
  content: ReactNode;
  /**
   * One element that takes a ref and focus: a Button, an IconButton, a Link. It keeps its own
   * accessible name (an IconButton's `label`); the tooltip describes it (`aria-describedby`
   * while shown, unless the tooltip only repeats that name). Not a `disabled` button: it gets
   * no pointer or focus events, so the tooltip would never show (a development message says
   * so); use `aria-disabled="true"`, or say next to it why it is disabled.
   */
  children: ReactElement;
  /**
   * The preferred side of the trigger and alignment; it flips and shifts to stay in view.
   * `start` and `end` follow the trigger's writing direction.
   * @default 'top'
   * @selector [data-placement="top" | "bottom" | "start" | "end" | …] — the placement used, after any flip
   */
  placement?: TooltipPlacement;
  /**
   * Draws an arrow pointing at the trigger.
   * @default false
   * @selector [data-part="arrow"]
   */
  arrow?: boolean;
  /**
   * Milliseconds the pointer must rest on the trigger before the tooltip shows. Keyboard
   * focus shows it at once, and so does hovering another trigger right after a tooltip
   * closed (within half a second).
   * @default 500
   */
  openDelay?: number;
  /**
   * Milliseconds before the tooltip hides once the pointer leaves the trigger and the
   * tooltip: time to move the pointer onto the tooltip (WCAG 1.4.13, hoverable).
   * @default 150
   */
  closeDelay?: number;
  /** Whether the tooltip is shown, controlled. Pair it with `onOpenChange`. */
  open?: boolean;
  /**
   * Whether the tooltip starts shown, when uncontrolled.
   * @default false
   */
  defaultOpen?: boolean;
  /** Called with the new state when hovering, focus, a long press or Escape shows or hides it. */
  onOpenChange?: (open: boolean) => void;
  /**
   * Never shows the tooltip (the trigger is left as it is).
   * @default false
   */
  disabled?: boolean;
  /**
   * The content only repeats the trigger's accessible name, as the visible label of a control
   * whose name is hidden (a link in a collapsed icon rail, named by its visually hidden text).
   * The tooltip then stays visual: no `aria-describedby`, so the name is not read twice. A
   * string equal to the trigger's `aria-label` or `label` is recognised without it; set it
   * when the name comes from elsewhere (the trigger's text content) or `content` is not a string.
   * @default false
   */
  repeatsName?: boolean;
}

/**
 * Other props are passed to the trigger element, composed with its own (handlers run the
 * trigger's first): so a PopoverTrigger or DialogTrigger can wrap a Tooltip-wrapped Button.
 */
export type TooltipProps = TooltipOwnProps &
  Omit<HTMLAttributes<HTMLElement>, keyof TooltipOwnProps | 'content'>;

type TriggerProps = Record<string, unknown> & { 'aria-describedby'?: string };
type Handler = (event: never) => void;

/** `first` then `then`; a new function only when there is a `first` to call. */
function chain(first: unknown, then: Handler): Handler {
  if (typeof first !== 'function') return then;
  return (event: never) => {
    (first as Handler)(event);
    then(event);
  };
}

function isKeyboardFocus(element: Element): boolean {
  try {
    return element.matches(':focus-visible');
  } catch {
    return true;
  }
}

/**
 * A short description of a control, shown on hover (after `openDelay`) and on keyboard focus
 * (at once), hidden on Escape, on blur, when the control is pressed, and `closeDelay` after
 * the pointer leaves both the control and the tooltip. On touch screens a long press (half a
 * second) shows it, and it stays a moment after the finger lifts. A tooltip must never be
 * the only carrier of information: it is not shown until asked for, and not everyone can
 * ask. The trigger keeps its own name; the tooltip describes it (`aria-describedby`).
 *
 * Costs little until shown: no wrapper element, no effect, no listener beyond the trigger's
 * own props; the popup (role `tooltip`, in the top layer) is mounted only while shown.
 * The caller's ref and handlers on the trigger are kept.
 *
 * @selector .cal-tooltip — the popup; `[data-part="arrow"]`
 * @selector [data-placement] — the placement used, after any flip (logical: `start`/`end`)
 */
export const Tooltip = forwardRef<HTMLElement, TooltipProps>(function Tooltip(
  {
    content,
    children,
    placement = 'top',
    arrow = false,
    openDelay = 500,
    closeDelay = 150,
    open: openProp,
    defaultOpen = false,
    onOpenChange,
    disabled = false,
    repeatsName = false,
    ...passed
  },
  forwardedRef,
) {
  const id = useId();
  const [own, setOwn] = useState(defaultOpen);
  // Timers and the trigger element, made once; only event handlers and the popup's effects
  // use them, never a render.
  const [timing] = useState<Timing>(createTiming);
  const hasContent =
    content !== undefined && content !== null && content !== false && content !== '';
  const open = !disabled && hasContent && (openProp ?? own);
  // Disabling closes it for good: it must not come back shown when enabled again (an AppShell
  // rail item's tooltip is disabled while its focused group button expands the sidebar).
  if (disabled && own) setOwn(false);

  const valid = isValidElement<TriggerProps>(children);
  // Inline NODE_ENV check: production bundles drop the messages (see toastStore.ts).
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    reportMisuse(
      hasContent,
      valid,
      placement,
      // A disabled `<button>` (a link Button keeps its pointer events).
      valid && !disabled && children.props.disabled === true && !children.props.href,
    );
  }
  // The trigger's ref: ours merged with the caller's (the child's and the forwarded one) into
  // one callback kept while theirs stay the same, so a re-render does not detach and attach
  // them.
  const childRef = valid ? elementRef<HTMLElement>(children) : undefined;
  const ref = useMemo(
    () =>
      // mergeRefs only builds a callback; nothing reads a ref's value during render.
      // eslint-disable-next-line react-hooks/refs
      mergeRefs(childRef, forwardedRef, timing.trigger, (element: HTMLElement | null) => {
        if (!element) release(timing);
      }),
    [childRef, forwardedRef, timing],
  );
  if (!valid) return children;

  // This render's state and props, read by the trigger's handlers when an event comes. Made
  // in the render and captured by its handlers, never stored: an event always sees the
  // committed render's config, and a render React throws away leaves nothing behind.
  const config: TimingConfig = {
    open,
    enabled: !disabled && hasContent,
    openDelay,
    closeDelay,
    change: (next) => {
      if (openProp === undefined) setOwn(next);
      onOpenChange?.(next);
    },
  };
  const ours = triggerHandlers(timing, config);

  // Compose the trigger's props, the props passed through (a PopoverTrigger's), and ours:
  // handlers run the trigger's first, and a composed function is made only where two meet.
  const triggerProps = children.props;
  const rest = passed as Record<string, unknown>;
  const merged: Record<string, unknown> = {};
  for (const key in rest) {
    const value = rest[key];
    merged[key] =
      key.startsWith('on') && typeof value === 'function'
        ? chain(triggerProps[key], value as Handler)
        : value;
  }
  for (const key in ours) {
    merged[key] = chain(triggerProps[key], chain(rest[key], ours[key as keyof typeof ours]));
  }
  // A tooltip that only repeats the trigger's name would be read twice: it stays visual.
  const name = triggerProps['aria-label'] ?? triggerProps.label;
  const describes = open && !repeatsName && !(typeof content === 'string' && content === name);
  merged['aria-describedby'] =
    [triggerProps['aria-describedby'], passed['aria-describedby'], describes ? id : null]
      .filter(Boolean)
      .join(' ') || undefined;
  merged.ref = ref;

  const trigger = cloneElement(children, merged);
  // Closed, the trigger alone (no fragment to reconcile); open, the popup after it. React
  // keeps the trigger's element between the two (same type, no key, first place).
  if (!open) return trigger;
  return (
    <>
      {trigger}
      <OverlayPortal>
        <TooltipPopup
          id={id}
          content={content}
          placement={placement}
          arrow={arrow}
          trigger={timing.trigger}
          requestClose={() => hideNow(timing, config)}
          onPointerEnter={() => cancelHide(timing)}
          onPointerLeave={() => scheduleHide(timing, closeDelay, config)}
        />
      </OverlayPortal>
    </>
  );
});

Tooltip.displayName = 'Tooltip';

interface TimingConfig {
  open: boolean;
  enabled: boolean;
  openDelay: number;
  closeDelay: number;
  change: (open: boolean) => void;
}

/**
 * When a tooltip shows and hides: hover with delays and the group's warm-up, keyboard focus
 * at once, a press hides it, a long press on touch shows it. One per Tooltip, made on its
 * first render: plain data (two timers, the trigger element, whether a pointer pressed it)
 * that only the functions below change, from events and timers, never in a render. They are
 * module functions rather than closures made per tooltip: mounting a tooltip allocates one
 * small object. Each event comes with the config of the render whose handler received it.
 */
interface Timing {
  readonly trigger: RefObject<HTMLElement | null>;
  openTimer?: ReturnType<typeof setTimeout>;
  closeTimer?: ReturnType<typeof setTimeout>;
  /** A pointer pressed the trigger: the focus that press gives does not show the tooltip. */
  pressed: boolean;
}

function createTiming(): Timing {
  return { trigger: { current: null }, pressed: false };
}

/**
 * The trigger was detached: unmounted, or its ref changed. React detaches the old merged ref
 * and attaches the new one in the same commit, so this waits for the commit to end: a
 * trigger still detached then is gone, and its pending timers are cleared, so they neither
 * call `onOpenChange` nor close the tooltip open elsewhere. Mounting and rendering cost
 * nothing more (no effect); only an unmount queues the check. Not guarded by "has a timer":
 * the guard cost more bytes than the check saves.
 */
function release(timing: Timing) {
  queueMicrotask(() => timing.trigger.current || stop(timing));
}

function stop(timing: Timing) {
  clearTimeout(timing.openTimer);
  cancelHide(timing);
}

function cancelHide(timing: Timing) {
  clearTimeout(timing.closeTimer);
}

function show(timing: Timing, config: TimingConfig) {
  stop(timing);
  group.close?.();
  config.change(true);
}

function hideNow(timing: Timing, config: TimingConfig) {
  stop(timing);
  if (config.open) config.change(false);
}

function scheduleHide(timing: Timing, delay: number, config: TimingConfig) {
  stop(timing);
  if (!config.open) return;
  timing.closeTimer = setTimeout(() => config.change(false), delay);
}

/** The trigger's handlers for one render's config. */
function triggerHandlers(timing: Timing, config: TimingConfig) {
  const lift = (event: PointerEvent) => {
    if (event.pointerType === 'touch') scheduleHide(timing, TOUCH_LINGER_MS, config);
  };
  return {
    onPointerEnter(event: PointerEvent) {
      if (event.pointerType === 'touch') return;
      stop(timing);
      if (config.open || !config.enabled) return;
      if (group.close !== null || Date.now() < group.warmUntil || config.openDelay <= 0) {
        show(timing, config);
      } else {
        timing.openTimer = setTimeout(() => show(timing, config), config.openDelay);
      }
    },
    onPointerLeave(event: PointerEvent) {
      timing.pressed = false;
      if (event.pointerType !== 'touch') scheduleHide(timing, config.closeDelay, config);
    },
    // A press is the action: the tooltip gets out of the way. A finger held still is a long
    // press, which shows it (touch has no hover).
    onPointerDown(event: PointerEvent) {
      timing.pressed = true;
      if (event.pointerType !== 'touch') return hideNow(timing, config);
      stop(timing);
      if (config.open || !config.enabled) return;
      timing.openTimer = setTimeout(() => show(timing, config), LONG_PRESS_MS);
    },
    onPointerUp: lift,
    onPointerCancel: lift,
    // Keyboard focus shows it at once; focus from a press does not (the press hid it), even
    // where the browser counts that focus as visible (a script's click, some touch browsers).
    onFocus(event: FocusEvent<HTMLElement>) {
      if (
        timing.pressed ||
        !config.enabled ||
        config.open ||
        !isKeyboardFocus(event.currentTarget)
      ) {
        return;
      }
      show(timing, config);
    },
    onBlur() {
      timing.pressed = false;
      hideNow(timing, config);
    },
  };
}

function reportMisuse(
  hasContent: boolean,
  valid: boolean,
  placement: TooltipPlacement,
  disabledChild: boolean,
) {
  if (!hasContent) {
    devError('Tooltip', '`content` is empty: the tooltip will never show. Pass its text.');
  }
  if (!valid) {
    devError(
      'Tooltip',
      'its child must be one element that takes a ref and focus, e.g. <IconButton label="Delete" … />.',
    );
  }
  if (disabledChild) {
    devError(
      'Tooltip',
      'its child is disabled: a disabled button gets no pointer or focus events, so the tooltip never shows. Keep the button focusable with `aria-disabled="true"` (and ignore its presses), or wrap it in an element that takes the tooltip (e.g. <span tabIndex={0}>); better still, say next to it why it is disabled.',
    );
  }
  reportUnknownValues('Tooltip', { placement: [placement, overlayPlacements] });
}

/** Whether the element has a name of its own (a rough accessible-name check, for misuse). */
function hasOwnName(element: HTMLElement): boolean {
  if (element.getAttribute('aria-label')?.trim()) return true;
  if (element.getAttribute('aria-labelledby')?.trim()) return true;
  if (element.getAttribute('title')?.trim()) return true;
  if (element.textContent?.trim()) return true;
  if ((element as HTMLInputElement).labels?.length) return true;
  return Array.from(element.querySelectorAll('img[alt]')).some((image) =>
    image.getAttribute('alt')?.trim(),
  );
}

interface TooltipPopupProps {
  id: string;
  content: ReactNode;
  placement: TooltipPlacement;
  arrow: boolean;
  trigger: RefObject<HTMLElement | null>;
  requestClose: () => void;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
}

/**
 * The popup, mounted only while shown (inside the portal, so its effects see its element):
 * every effect and listener of a tooltip lives here.
 */
function TooltipPopup({
  id,
  content,
  placement,
  arrow,
  trigger,
  requestClose,
  onPointerEnter,
  onPointerLeave,
}: TooltipPopupProps) {
  const popupRef = useRef<HTMLDivElement>(null);
  const latestClose = useRef(requestClose);
  useLayoutEffect(() => {
    latestClose.current = requestClose;
  });

  // Shown in the top layer; one tooltip at a time; Escape hides it. Escape is taken in the
  // capture phase and consumed (`preventDefault`), so the overlay under the tooltip (a
  // Popover, a Dialog) stays open: the tooltip is not on the overlay stack, because it must
  // not take the outside presses meant for those overlays.
  useLayoutEffect(() => {
    const popup = popupRef.current;
    if (!popup) return;
    const doc = popup.ownerDocument;
    showInTopLayer(popup);
    const anchor = trigger.current;
    if (
      typeof process !== 'undefined' &&
      process.env.NODE_ENV !== 'production' &&
      anchor &&
      !hasOwnName(anchor)
    ) {
      devError(
        'Tooltip',
        'the trigger has no accessible name of its own. A tooltip describes a control, it never names it: give the trigger a label (IconButton `label`, or `aria-label`); the tooltip may repeat it.',
      );
    }
    const close = () => latestClose.current();
    if (group.close && group.close !== close) group.close();
    group.close = close;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || event.isComposing) return;
      event.preventDefault();
      close();
    };
    doc.addEventListener('keydown', onKeyDown, true);
    return () => {
      doc.removeEventListener('keydown', onKeyDown, true);
      if (group.close === close) group.close = null;
      group.warmUntil = Date.now() + COOL_DOWN_MS;
    };
  }, [trigger]);

  const arrowElement = useAnchor(popupRef, trigger, placement, arrow ? 'space.2' : null);

  return (
    <div
      ref={popupRef}
      id={id}
      role="tooltip"
      className={tooltipClass}
      popover="manual"
      data-placement={placement}
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
    >
      {content}
      {arrowElement}
    </div>
  );
}
