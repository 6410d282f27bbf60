import { useEffect, useRef, type Ref } from 'react';
import { Button } from '../../atoms/Button';
import { mergeRefs, useBrowserLayoutEffect } from '../../utils';
import { usePresence } from '../overlay/usePresence';
import { DismissGlyph, StatusMessageContent } from '../StatusMessage';
import { toastClass } from './Toast.styles';
import type { ToastRecord } from './toastStore';

export interface ToastProps {
  toast: ToastRecord;
  /**
   * False once the toast has left the store: it plays its exit animation (`data-exiting`,
   * inert: it fades, then its space closes), then `onExited` removes it.
   */
  open: boolean;
  /** Called when a toast that left has finished its exit animation (at once without one). */
  onExited: (toast: ToastRecord) => void;
  /** The status word, already resolved from the toast, the Toaster and the defaults. */
  statusLabel: string;
  /** Milliseconds until it leaves by itself, or `null` for never. */
  timeout: number | null;
  /** True while the pointer or focus is in the Toaster, or the page is hidden. */
  paused: boolean;
  dismissLabel: string;
  onDismiss: (id: string) => void;
  /** The `<li>`, for the Toaster's focus handling (a prop: no forwardRef for an internal part). */
  itemRef: Ref<HTMLLIElement>;
}

/**
 * The time each toast has left, by record: a toast shown again with the same id is a new
 * record (its time starts again), and a toast whose region moves into or out of a modal
 * dialog is rendered anew but keeps its time.
 */
const clocks = new WeakMap<ToastRecord, { timeout: number | null; remaining: number }>();

/**
 * One toast, as <Toaster> renders it (not exported: toasts are made with `toast()`). Its
 * timer counts down only while it is visible and not paused, and keeps what is left across
 * pauses, so a toast read slowly, with the pointer on it, is not cut short. Once it has left
 * the store it stays for its exit animation (`data-exiting`: it fades, then its space closes
 * where the browser can animate a height to 0), inert: out of the accessibility tree,
 * unfocusable and unpressable.
 *
 * @selector .cal-toast — the `<li>`; parts `[data-part="icon" | "content" | "status-label" | "title" | "description" | "actions" | "dismiss"]`
 * @selector [data-status="success" | "warning" | "error"] (info writes none)
 * @selector [data-exiting] — it left, and plays its exit animation (fade, then its space closes)
 */
export function Toast({
  toast,
  open,
  onExited,
  statusLabel,
  timeout,
  paused,
  dismissLabel,
  onDismiss,
  itemRef,
}: ToastProps) {
  const { id, status, title, description, action } = toast;
  const ref = useRef<HTMLLIElement>(null);
  const { mounted, exiting } = usePresence(open, ref);

  useBrowserLayoutEffect(() => {
    if (!mounted) onExited(toast);
  }, [mounted, onExited, toast]);

  useEffect(() => {
    let clock = clocks.get(toast);
    if (clock?.timeout !== timeout) {
      clocks.set(toast, (clock = { timeout, remaining: timeout ?? 0 }));
    }
    if (timeout === null || paused || !open) return;
    const started = Date.now();
    const timer = setTimeout(() => onDismiss(id), clock.remaining);
    return () => {
      clearTimeout(timer);
      clock.remaining -= Date.now() - started;
    };
  }, [toast, id, timeout, paused, open, onDismiss]);

  if (!mounted) return null;
  return (
    <li
      ref={mergeRefs(itemRef, ref)}
      className={toastClass}
      data-status={status === 'info' ? undefined : status}
      data-exiting={exiting || undefined}
      inert={exiting || undefined}
    >
      <StatusMessageContent
        status={status}
        statusLabel={statusLabel}
        title={title}
        description={description}
        actions={
          action ? (
            <Button
              size="sm"
              variant="secondary"
              onClick={() => {
                action.onClick();
                onDismiss(id);
              }}
            >
              {action.label}
            </Button>
          ) : undefined
        }
      />
      {/* A Button squared by the toast's styles: what IconButton is, without its module. */}
      <Button
        data-part="dismiss"
        size="sm"
        variant="tertiary"
        aria-label={dismissLabel}
        startIcon={<DismissGlyph />}
        onClick={() => onDismiss(id)}
      />
    </li>
  );
}
