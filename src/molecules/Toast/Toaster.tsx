import {
  forwardRef,
  useCallback,
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type FocusEvent,
  type HTMLAttributes,
  type KeyboardEvent,
} from 'react';
import { createPortal } from 'react-dom';
import { cx, devError, mergeRefs, reportUnknownValues, useBrowserLayoutEffect } from '../../utils';
import { onModalsChange, topModal } from '../overlay/modalStack';
import { defaultStatusLabels } from '../StatusMessage';
import { Toast } from './Toast';
import { toasterClass } from './Toast.styles';
import { toastStore, type ToastRecord, type ToastStatus } from './toastStore';

export const toastPlacements = [
  'bottom-end',
  'bottom',
  'bottom-start',
  'top-start',
  'top',
  'top-end',
] as const;

/** Where the toasts stack: a corner or the middle of the top or bottom edge, mirrored in RTL. */
export type ToastPlacement = (typeof toastPlacements)[number];

export interface ToasterProps extends Omit<HTMLAttributes<HTMLElement>, 'children'> {
  /**
   * Where the toasts stack. `start` and `end` are logical: they swap sides in right-to-left.
   * @default 'bottom-end'
   * @selector [data-placement="bottom" | "bottom-start" | "top-start" | "top" | "top-end"] (bottom-end, the default, writes none)
   */
  placement?: ToastPlacement;
  /**
   * How many toasts show at once; later ones wait in a queue and show as earlier ones leave.
   * @default 3
   */
  max?: number;
  /**
   * Milliseconds before a toast leaves by itself, unless the toast sets its own `timeout`.
   * The time stops while the pointer is over the toasts, while focus is in them and while
   * the page is hidden. Toasts with an action never time out.
   * @default 5000
   */
  timeout?: number;
  /**
   * The name of the notifications landmark (translate it here); the hotkey is added to it.
   * @default 'Notifications'
   */
  label?: string;
  /**
   * The key that moves focus to the toasts and back (`KeyboardEvent.key`); `null` for none.
   * @default 'F6'
   */
  hotkey?: string | null;
  /**
   * The name of each toast's dismiss button (translate it here).
   * @default 'Dismiss'
   */
  dismissLabel?: string;
  /** The status words read before each toast's title, to translate them. */
  statusLabels?: Partial<Record<ToastStatus, string>>;
}

let mountedToasters = 0;

const noModal = () => null;

const NONE: readonly ToastRecord[] = [];

/**
 * The toasts to render: the visible ones and, where they were, those that left the store but
 * still play their exit animation; toasts that arrive go last. The same array when nothing
 * changed.
 */
function present(
  rendered: readonly ToastRecord[],
  visible: readonly ToastRecord[],
): readonly ToastRecord[] {
  const next = rendered.map((t) => visible.find((v) => v.id === t.id) ?? t);
  for (const t of visible) if (!rendered.some((r) => r.id === t.id)) next.push(t);
  return next.length === rendered.length && next.every((t, i) => t === rendered[i])
    ? rendered
    : next;
}

/**
 * Shows the toasts made with `toast()`. Mount one, near the root of the app and inside its
 * `ThemeProvider`; it renders where it is placed, fixed to the viewport.
 *
 * **Live region.** The Toaster renders its landmark and an empty `aria-live="polite"` list
 * from the first render (on the server too), and shows toasts only after it has mounted: a
 * live region created together with its first message is often not announced
 * (elastic/eui issue 1947, react-hot-toast pull request 97). New toasts are list items added to that region.
 *
 * **Top layer.** The landmark is a `popover="manual"` element, shown in the top layer on
 * mount, so it draws above the page and above the popovers, menus and tooltips open then.
 * One opened later would draw above it, so when a toast shows while another popover is open,
 * the landmark enters the top layer again, last: a new toast draws above every popover, menu
 * and tooltip open at that moment (one opened after the toast still draws above it). Focus
 * in the toasts stays where it was, and the live region is the same element, so nothing is
 * read again. Browsers without popover support fall back to `position: fixed` with the
 * `z.toast` layer.
 *
 * **Modal dialogs.** A modal `<dialog>` makes everything outside it inert: not clickable, not
 * focusable, and gone from the accessibility tree, live regions included (checked in
 * Chromium). So while a Callicrates modal (Dialog, AlertDialog, a modal Drawer) is open, the
 * landmark renders inside the topmost one, through a portal, and is shown above it: toasts
 * stay visible, announced, and reachable by pointer and keyboard (Tab comes to them after the
 * dialog's own controls; F6 works as ever), and pressing one does not close the dialog. The
 * region there is a new one holding the toasts already shown, so they are not read again; a
 * toast keeps the time it had left. When the dialog closes, the landmark goes back where the
 * Toaster is, with its toasts. A modal `<dialog>` opened by other code is not known to the
 * Toaster, and still makes the toasts inert.
 *
 * **Keyboard.** The landmark ("Notifications (F6)") is in the landmarks list; F6 moves focus
 * to it and back. Tab moves through the toasts' buttons; Escape dismisses the toast holding
 * focus. When a toast holding focus leaves, focus goes to the next toast, the previous one,
 * or back where it was before it entered the toasts: never to `<body>`.
 *
 * **Motion.** A toast fades in, and a toast that leaves (timed out, dismissed, or pressed
 * through its action) fades out with the motion tokens, then its space closes (its height and
 * its share of the gap shrink to nothing), so the other toasts slide toward the edge the
 * Toaster is placed at instead of jumping: at a bottom placement the ones before it move
 * down, at a top placement the ones after it move up. Then it is removed. It is inert
 * meanwhile (out of the accessibility tree, so nothing is read again, and never given focus),
 * while the next queued toast already shows. The space closes where the browser can animate
 * a height to 0 (`interpolate-size`, Chromium 129+); elsewhere the toast fades and the others
 * move up or down at its removal. Under `prefers-reduced-motion: reduce` nothing plays, and
 * a toast that leaves is removed at once.
 *
 * State: `data-placement` on the `<section>`, which receives the ref; each toast is an `<li>`
 * with `data-status`.
 *
 * @selector .cal-toaster — the `<section>` landmark, with `[data-placement]`; `[data-part="list"]` — its `<ol>`, the polite live region
 * @selector .cal-toast — each toast's `<li>`; parts `[data-part="icon" | "content" | "status-label" | "title" | "description" | "actions" | "dismiss"]` (`actions` holds the action button)
 * @selector [data-status="success" | "warning" | "error"] — on a toast's `<li>` (info, the default, writes none)
 * @selector [data-exiting] — on a toast's `<li>`: it left, and plays its exit animation (fade, then its space closes)
 */
export const Toaster = forwardRef<HTMLElement, ToasterProps>(function Toaster(
  {
    placement = 'bottom-end',
    max: maxProp = 3,
    timeout: timeoutProp = 5000,
    label = 'Notifications',
    hotkey = 'F6',
    dismissLabel = 'Dismiss',
    statusLabels,
    className,
    onPointerEnter,
    onPointerLeave,
    onFocus,
    onBlur,
    onKeyDown,
    ...rest
  },
  ref,
) {
  const toasts = useSyncExternalStore(
    toastStore.subscribe,
    toastStore.getSnapshot,
    toastStore.getServerSnapshot,
  );
  const [ready, setReady] = useState(false);
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const [pageHidden, setPageHidden] = useState(false);
  const regionRef = useRef<HTMLElement>(null);
  const items = useRef(new Map<string, HTMLLIElement>());
  const returnFocus = useRef<HTMLElement | null>(null);

  const max = Number.isInteger(maxProp) && maxProp >= 1 ? maxProp : 3;
  const timeout = typeof timeoutProp === 'number' && timeoutProp > 0 ? timeoutProp : 5000;
  // Inline NODE_ENV check: production bundles drop the message text (see toastStore.ts).
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    if (max !== maxProp) {
      devError('Toaster', `\`max\` must be a whole number of at least 1; got ${String(maxProp)}.`);
    }
    if (timeout !== timeoutProp) {
      devError('Toaster', `\`timeout\` must be milliseconds above 0; got ${String(timeoutProp)}.`);
    }
    reportUnknownValues('Toaster', { placement: [placement, toastPlacements] });
  }

  // The region is in the page before any toast: toasts show from the second render on.
  useEffect(() => setReady(true), []);

  // Counted for the development message only: production bundles drop the whole body.
  useEffect(() => {
    if (typeof process === 'undefined' || process.env.NODE_ENV === 'production') return;
    mountedToasters += 1;
    if (mountedToasters > 1) {
      devError(
        'Toaster',
        'more than one Toaster is mounted, so every toast shows in each. Mount one, near the root of the app.',
      );
    }
    return () => {
      mountedToasters -= 1;
    };
  }, []);

  // While a modal dialog is open, everything outside it is inert: the region renders inside
  // the topmost modal instead (a new region there, holding the toasts already shown), and
  // back in place when the last modal closes. Each region is shown in the top layer when it
  // mounts, so it paints above the page, and above the modal it was put in. The pointer and
  // focus left with the old region: nothing pauses the new one until they come back.
  const host = useSyncExternalStore(onModalsChange, topModal, noModal);
  useBrowserLayoutEffect(() => {
    const region = regionRef.current;
    // jsdom has no popover API (and no :popover-open), so test for the method first.
    if (region?.showPopover && !region.matches(':popover-open')) region.showPopover();
    setHovered(false);
    setFocused(false);
  }, [host]);

  useEffect(() => {
    const update = () => setPageHidden(document.visibilityState === 'hidden');
    update();
    document.addEventListener('visibilitychange', update);
    return () => document.removeEventListener('visibilitychange', update);
  }, []);

  // Before toasts leave, while they are still in the DOM: if one holds focus, move focus
  // on now (the next toast, the previous one, or where it came from), so it never falls to
  // <body> when the toast's node goes.
  useEffect(
    () =>
      toastStore.onBeforeRemove((ids) => {
        const active = document.activeElement;
        const region = regionRef.current;
        if (!region || !active || !region.contains(active)) return;
        const entries = [...items.current.entries()];
        const index = entries.findIndex(([, element]) => element.contains(active));
        if (index < 0 || !ids.includes((entries[index] as [string, HTMLLIElement])[0])) return;
        const staying = (from: number, step: number) => {
          for (let i = from; i >= 0 && i < entries.length; i += step) {
            const [id, element] = entries[i] as [string, HTMLLIElement];
            if (!ids.includes(id)) return element.querySelector('button') ?? undefined;
          }
          return undefined;
        };
        (
          staying(index + 1, 1) ??
          staying(index - 1, -1) ??
          (returnFocus.current?.isConnected ? returnFocus.current : undefined)
        )?.focus();
      }),
    [],
  );

  useEffect(() => {
    if (!hotkey) return;
    const onKey = (event: globalThis.KeyboardEvent) => {
      const region = regionRef.current;
      if (event.key !== hotkey || event.defaultPrevented || !region) return;
      // Into the toasts (when there are any), or back to where focus came from (handleFocus
      // remembers it when focus enters).
      const target = region.contains(document.activeElement)
        ? returnFocus.current
        : items.current.size > 0
          ? region
          : null;
      if (!target?.isConnected) return;
      event.preventDefault();
      target.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [hotkey]);

  const dismiss = useCallback((id: string) => toastStore.remove([id]), []);

  const handleFocus = (event: FocusEvent<HTMLElement>) => {
    onFocus?.(event);
    const from = event.relatedTarget as HTMLElement | null;
    if (from && !event.currentTarget.contains(from)) returnFocus.current = from;
    setFocused(true);
  };
  const handleBlur = (event: FocusEvent<HTMLElement>) => {
    onBlur?.(event);
    const to = event.relatedTarget as Node | null;
    if (!to || !event.currentTarget.contains(to)) setFocused(false);
  };
  const handleKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    onKeyDown?.(event);
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    const target = event.target as Node;
    for (const [id, element] of items.current) {
      if (element.contains(target)) {
        event.preventDefault();
        dismiss(id);
        return;
      }
    }
  };

  const paused = hovered || focused || pageHidden;
  const visible = ready ? toasts.slice(0, max) : NONE;
  // Rendered: the visible toasts and the leaving ones, kept in place until their exit
  // animation ends (adjusted during render, so a toast never misses a frame).
  const [rendered, setRendered] = useState(NONE);
  const toRender = present(rendered, visible);
  if (toRender !== rendered) setRendered(toRender);
  const exited = useCallback(
    (record: ToastRecord) => setRendered((list) => list.filter((t) => t !== record)),
    [],
  );

  // A toast that shows goes on top. The region entered the top layer once (on mount, or in a
  // modal), so a popover, menu or tooltip shown since paints over it: when another popover is
  // open, the region enters the top layer again, above it. The same nodes stay (the live
  // region announces nothing again), and focus in the toasts stays where it was.
  const newest = visible[visible.length - 1];
  useBrowserLayoutEffect(() => {
    const region = regionRef.current;
    if (
      !newest ||
      !region?.hidePopover ||
      !region.matches(':popover-open') ||
      document.querySelectorAll(':popover-open').length < 2
    ) {
      return;
    }
    const active = document.activeElement as HTMLElement | null;
    region.hidePopover();
    region.showPopover();
    if (active && region.contains(active)) active.focus();
  }, [newest]);
  const name = hotkey ? `${label} (${hotkey})` : label;

  const region = (
    <section
      {...rest}
      ref={mergeRefs(ref, regionRef)}
      className={cx(toasterClass, className)}
      data-placement={placement === 'bottom-end' ? undefined : placement}
      aria-label={name}
      tabIndex={-1}
      popover="manual"
      onPointerEnter={(event) => {
        onPointerEnter?.(event);
        setHovered(true);
      }}
      onPointerLeave={(event) => {
        onPointerLeave?.(event);
        setHovered(false);
      }}
      onFocus={handleFocus}
      onBlur={handleBlur}
      onKeyDown={handleKeyDown}
    >
      <ol data-part="list" aria-live="polite">
        {toRender.map((record) => {
          const open = visible.includes(record);
          return (
            <Toast
              key={record.id}
              // Only toasts still shown: a leaving one is never a place for focus.
              itemRef={(element) => {
                if (element && open) items.current.set(record.id, element);
                else items.current.delete(record.id);
              }}
              toast={record}
              open={open}
              onExited={exited}
              statusLabel={
                record.statusLabel ??
                statusLabels?.[record.status] ??
                defaultStatusLabels[record.status]
              }
              timeout={
                record.action ? null : record.timeout === undefined ? timeout : record.timeout
              }
              paused={paused}
              dismissLabel={dismissLabel}
              onDismiss={dismiss}
            />
          );
        })}
      </ol>
    </section>
  );
  return host ? createPortal(region, host) : region;
});

Toaster.displayName = 'Toaster';
