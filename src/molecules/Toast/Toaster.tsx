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
import { cx, devError, mergeRefs } from '../../utils';
import { defaultStatusLabels } from '../StatusMessage';
import { Toast } from './Toast';
import { toasterClass } from './Toast.styles';
import { toastStore, type ToastStatus } from './toastStore';

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

/**
 * Shows the toasts made with `toast()`. Mount one, near the root of the app and inside its
 * `ThemeProvider`; it renders where it is placed, fixed to the viewport.
 *
 * **Live region.** The Toaster renders its landmark and an empty `aria-live="polite"` list
 * from the first render (on the server too), and shows toasts only after it has mounted: a
 * live region created together with its first message is often not announced
 * (elastic/eui issue 1947, react-hot-toast pull request 97). New toasts are list items added to that region.
 *
 * **Top layer.** The landmark is a `popover="manual"` element, shown on mount, so it draws
 * above the page and popovers; when a toast arrives while a modal `<dialog>` is open, it is
 * raised above the dialog. A modal dialog still makes it inert until the dialog closes
 * (checked in Chromium: no hover, click or focus; and inert content is hidden from assistive
 * technology), so a toast is no place for anything a user must act on during a dialog. Browsers without popover support fall
 * back to `position: fixed` with the `z.toast` layer.
 *
 * **Keyboard.** The landmark ("Notifications (F6)") is in the landmarks list; F6 moves focus
 * to it and back. Tab moves through the toasts' buttons; Escape dismisses the toast holding
 * focus. When a toast holding focus leaves, focus goes to the next toast, the previous one,
 * or back where it was before it entered the toasts: never to `<body>`.
 *
 * State: `data-placement` on the `<section>`, which receives the ref; each toast is an `<li>`
 * with `data-status`.
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
  // Inline NODE_ENV checks: production bundles drop the message text (see toastStore.ts).
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production' && max !== maxProp) {
    devError('Toaster', `\`max\` must be a whole number of at least 1; got ${String(maxProp)}.`);
  }
  const timeout = typeof timeoutProp === 'number' && timeoutProp > 0 ? timeoutProp : 5000;
  if (
    typeof process !== 'undefined' &&
    process.env.NODE_ENV !== 'production' &&
    timeout !== timeoutProp
  ) {
    devError('Toaster', `\`timeout\` must be milliseconds above 0; got ${String(timeoutProp)}.`);
  }

  // The region is in the page before any toast: toasts show from the second render on.
  useEffect(() => setReady(true), []);

  useEffect(() => {
    mountedToasters += 1;
    if (
      typeof process !== 'undefined' &&
      process.env.NODE_ENV !== 'production' &&
      mountedToasters > 1
    ) {
      devError(
        'Toaster',
        'more than one Toaster is mounted, so every toast shows in each. Mount one, near the root of the app.',
      );
    }
    return () => {
      mountedToasters -= 1;
    };
  }, []);

  // The top layer: above the page, and above a modal dialog that opened before the toast.
  useEffect(() => {
    const region = regionRef.current;
    if (!region || typeof region.showPopover !== 'function') return;
    if (!region.matches(':popover-open')) region.showPopover();
  }, []);
  const count = toasts.length;
  useEffect(() => {
    const region = regionRef.current;
    if (!region || count === 0 || typeof region.showPopover !== 'function') return;
    if (document.querySelector('dialog:modal') && region.matches(':popover-open')) {
      region.hidePopover();
      region.showPopover();
    }
  }, [count]);

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
  const visible = ready ? toasts.slice(0, max) : [];
  const name = hotkey ? `${label} (${hotkey})` : label;

  return (
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
        {visible.map((record) => (
          <Toast
            key={record.id}
            itemRef={(element) => {
              if (element) items.current.set(record.id, element);
              else items.current.delete(record.id);
            }}
            toast={record}
            statusLabel={
              record.statusLabel ??
              statusLabels?.[record.status] ??
              defaultStatusLabels[record.status]
            }
            timeout={record.action ? null : record.timeout === undefined ? timeout : record.timeout}
            paused={paused}
            dismissLabel={dismissLabel}
            onDismiss={dismiss}
          />
        ))}
      </ol>
    </section>
  );
});

Toaster.displayName = 'Toaster';
