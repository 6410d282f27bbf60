import type { ReactNode } from 'react';
import { devError } from '../../utils';
import { hasContent, resolveStatus, type FeedbackStatus } from '../StatusMessage';

/*
 * The toast store: a module-level list and a set of listeners, read by <Toaster> through
 * useSyncExternalStore. No React context, so `toast()` works from anywhere (an event handler,
 * a data layer, before the Toaster has mounted: those toasts wait in the list and show when it
 * mounts). The server snapshot is always empty, so server HTML carries an empty live region
 * and hydration matches.
 */

export type ToastStatus = FeedbackStatus;

/** A button in the toast that acts on it ("Undo", "View"). */
export interface ToastAction {
  /** The button's text. */
  label: string;
  /** Runs when the button is pressed; the toast is dismissed afterwards. */
  onClick: () => void;
}

export interface ToastOptions {
  /**
   * Your own id. A toast with the id of one still showing replaces its content in place and
   * restarts its timeout ("Saving…" → "Saved").
   */
  id?: string;
  /** The message in a few words, e.g. "Message sent". */
  title?: ReactNode;
  /** More detail. */
  description?: ReactNode;
  /**
   * What the toast is about; each status has its own icon and hidden status word.
   * @default 'info'
   */
  status?: ToastStatus;
  /**
   * One action button. A toast with an action never times out: the user must have the time to
   * reach it.
   */
  action?: ToastAction;
  /**
   * Milliseconds before the toast leaves by itself, counted only while it is visible and the
   * pointer and focus are elsewhere; `null` keeps it until dismissed.
   * @default the Toaster's `timeout` (5000)
   */
  timeout?: number | null;
  /**
   * The status in words, read before the title (translate it here, or for every toast with
   * the Toaster's `statusLabels`).
   */
  statusLabel?: string;
  /** Called once when the toast leaves, for any reason (timeout, dismiss, action, code). */
  onDismiss?: () => void;
}

/** A toast as the store holds it. */
export interface ToastRecord extends Omit<ToastOptions, 'id' | 'status'> {
  id: string;
  status: ToastStatus;
  /** Grows when the toast is replaced through its id, so its timeout starts again. */
  version: number;
}

// Development messages sit behind an inline NODE_ENV check (not a helper): bundlers fold it
// and drop the message text from production bundles; the typeof keeps an unbundled page working.

type Listener = () => void;
type BeforeRemove = (ids: readonly string[]) => void;

const EMPTY: readonly ToastRecord[] = /* @__PURE__ */ Object.freeze([]);
let toasts: readonly ToastRecord[] = EMPTY;
let counter = 0;
const listeners = new Set<Listener>();
const beforeRemoveHooks = new Set<BeforeRemove>();

function setToasts(next: readonly ToastRecord[]) {
  toasts = next;
  for (const listener of listeners) listener();
}

function validTimeout(timeout: unknown): number | null | undefined {
  if (timeout === undefined || timeout === null) return timeout;
  if (typeof timeout === 'number' && timeout > 0) return timeout; // NaN > 0 is false too
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    devError(
      'toast',
      `\`timeout\` must be a number of milliseconds above 0, or null to stay until dismissed; got ${String(timeout)}. Using the Toaster's timeout.`,
    );
  }
  return undefined;
}

function validAction(action: unknown): ToastAction | undefined {
  if (action === undefined) return undefined;
  const candidate = action as Partial<ToastAction> | null;
  if (typeof candidate?.onClick === 'function' && candidate.label) return candidate as ToastAction;
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    devError(
      'toast',
      '`action` needs a `label` (the button text) and an `onClick`; the toast is shown without it.',
    );
  }
  return undefined;
}

/** The store <Toaster> reads. Internal: products use `toast()`. */
export const toastStore = {
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
  getSnapshot: (): readonly ToastRecord[] => toasts,
  getServerSnapshot: (): readonly ToastRecord[] => EMPTY,

  add(options: ToastOptions): string {
    const { id: givenId, status, timeout, action, ...content } = options ?? {};
    if (
      typeof process !== 'undefined' &&
      process.env.NODE_ENV !== 'production' &&
      typeof window === 'undefined'
    ) {
      devError(
        'toast',
        'called on the server, where the store is shared by every request. Call toast() from event handlers and effects.',
      );
    }
    if (
      typeof process !== 'undefined' &&
      process.env.NODE_ENV !== 'production' &&
      !hasContent(content.title) &&
      !hasContent(content.description)
    ) {
      devError(
        'toast',
        'a toast needs a `title` or a `description`; this one would say only its status.',
      );
    }
    const record = {
      ...content,
      status: resolveStatus('toast', status),
      timeout: validTimeout(timeout),
      action: validAction(action),
    };
    const existing = givenId === undefined ? -1 : toasts.findIndex((t) => t.id === givenId);
    if (existing >= 0) {
      const previous = toasts[existing] as ToastRecord;
      const next = [...toasts];
      next[existing] = { ...record, id: previous.id, version: previous.version + 1 };
      setToasts(next);
      return previous.id;
    }
    const id = givenId ?? `cal-toast-${++counter}`;
    setToasts([...toasts, { ...record, id, version: 0 }]);
    return id;
  },

  remove(ids?: readonly string[]): void {
    const leaving = ids === undefined ? toasts : toasts.filter((t) => ids.includes(t.id));
    if (leaving.length === 0) return;
    const leavingIds = leaving.map((t) => t.id);
    for (const hook of beforeRemoveHooks) hook(leavingIds);
    setToasts(toasts.filter((t) => !leavingIds.includes(t.id)));
    for (const t of leaving) t.onDismiss?.();
  },

  /** Lets the Toaster see which toasts are about to leave while they are still in the DOM. */
  onBeforeRemove(hook: BeforeRemove): () => void {
    beforeRemoveHooks.add(hook);
    return () => {
      beforeRemoveHooks.delete(hook);
    };
  },
};

export interface ToastFunction {
  /**
   * Shows a toast in the app's <Toaster> and returns its id. One call for every status (no
   * `toast.success()` shorthands: one way to do it, and fewer bytes in every app). Toasts
   * beyond the Toaster's `max` wait in a queue and show as earlier ones leave.
   *
   * Call it from event handlers and effects, never during render: on the server the store
   * would be shared by every request.
   *
   * @example
   * toast({ title: 'Message sent', status: 'success' });
   * toast({ title: 'Conversation archived', action: { label: 'Undo', onClick: unarchive } });
   */
  (options: ToastOptions): string;
  /** Dismisses the toast with this id, or every toast (queued ones too) without one. */
  dismiss: (id?: string) => void;
}

export const toast: ToastFunction = /* @__PURE__ */ Object.assign(
  (options: ToastOptions) => toastStore.add(options),
  {
    dismiss: (id?: string) => toastStore.remove(id === undefined ? undefined : [id]),
  },
);
