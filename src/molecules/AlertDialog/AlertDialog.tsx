import {
  forwardRef,
  useContext,
  useLayoutEffect,
  useRef,
  useState,
  type ReactNode,
  type RefObject,
} from 'react';
import { Button } from '../../atoms/Button';
import { devError, reportUnknownValues } from '../../utils';
import { dialogClass } from '../Dialog/Dialog.styles';
import {
  DialogSurface,
  type DialogNativeProps,
  type DialogSurfaceOwnProps,
} from '../Dialog/DialogSurface';
import { DialogTriggerContext } from '../Dialog/DialogTrigger';
import { useControllableState } from '../overlay';

/** The confirm button's emphasis: `danger` for destructive actions (delete, discard). */
export const alertDialogVariants = ['primary', 'danger'] as const;
export type AlertDialogVariant = (typeof alertDialogVariants)[number];

export interface AlertDialogProps
  extends Omit<DialogSurfaceOwnProps, 'footer' | 'title' | 'initialFocus'>, DialogNativeProps {
  /**
   * The element to focus on open instead of Cancel, e.g. the field of a "type DELETE to
   * confirm" message.
   * @default Cancel, the least destructive choice
   */
  initialFocus?: RefObject<HTMLElement | null>;
  /** The question, e.g. "Delete 3 files?". Required: it names the alert dialog. */
  title: ReactNode;
  /**
   * The confirm button's text: the action itself ("Delete files"), never "OK" or "Yes".
   * Required.
   */
  confirmLabel: string;
  /**
   * The cancel button's text. Cancel is the least destructive action, so it gets focus on
   * open (unless `initialFocus` says otherwise).
   * @default 'Cancel'
   */
  cancelLabel?: string;
  /**
   * The confirm button's emphasis. `danger` for destructive confirmation.
   * @default 'primary'
   * @selector [data-variant="danger"]
   */
  variant?: AlertDialogVariant;
  /**
   * Runs on confirm. The dialog closes after it; when it returns a promise, the confirm
   * button shows `loading` until it settles, and the dialog closes only if it resolves (a
   * rejection keeps the dialog open, so the caller can show what went wrong). Closing the
   * dialog meanwhile (Cancel, Escape, `open={false}`) abandons that confirmation: the next
   * opening starts with the confirm button ready, and the promise's late settling neither
   * closes that opening nor changes its button. Cancel the work itself (an AbortController)
   * if it must not finish.
   */
  onConfirm?: () => void | Promise<unknown>;
  /** The confirm button's text while `onConfirm`'s promise is pending. @default 'Working' */
  loadingLabel?: string;
}

/**
 * Asks the user to confirm an action, usually a destructive one (`role="alertdialog"`).
 * Focus starts on Cancel, the least destructive choice; Escape cancels; a click outside does
 * nothing, so a stray click never answers the question. Built on the same native modal
 * `<dialog>` as Dialog.
 *
 * @selector .cal-dialog[data-size="sm"] — the `<dialog role="alertdialog">`; parts as in Dialog but `close`: `[data-part="header" | "heading" | "title" | "description" | "body" | "footer"]`
 * @selector [data-exiting] — closed and playing its exit animation
 */
export const AlertDialog = forwardRef<HTMLDialogElement, AlertDialogProps>(function AlertDialog(
  {
    open: openProp,
    defaultOpen = false,
    onOpenChange,
    confirmLabel,
    cancelLabel = 'Cancel',
    loadingLabel = 'Working',
    variant = 'primary',
    onConfirm,
    initialFocus,
    children,
    description,
    ...rest
  },
  ref,
) {
  const trigger = useContext(DialogTriggerContext);
  const [open, setOpen] = useControllableState(openProp ?? trigger?.open, defaultOpen, (next) => {
    onOpenChange?.(next);
    trigger?.setOpen(next);
  });
  const [pending, setPending] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  // Each change of `open` ends an opening: a confirmation still pending then is abandoned.
  const opening = useRef(0);
  useLayoutEffect(() => () => void opening.current++, [open]);
  if (pending && !open) setPending(false);

  // Inline NODE_ENV check: production bundles drop the message text (see DialogSurface).
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    if (typeof confirmLabel !== 'string' || confirmLabel.trim() === '') {
      devError(
        'AlertDialog',
        '`confirmLabel` is required: name the action the user confirms, e.g. confirmLabel="Delete files".',
      );
    }
    // Checked here, where it is drawn (`data-variant`), though the confirm Button gets it too.
    reportUnknownValues('AlertDialog', { variant: [variant, alertDialogVariants] });
  }

  const confirm = async () => {
    const id = opening.current;
    const result = onConfirm?.();
    if (result && typeof (result as Promise<unknown>).then === 'function') {
      setPending(true);
      try {
        await result;
      } catch {
        // Stays open: the caller reports the failure (in the dialog or a toast).
        return id === opening.current && setPending(false);
      }
      if (id !== opening.current) return;
      setPending(false);
    }
    setOpen(false);
  };

  return (
    <DialogSurface
      {...rest}
      ref={ref}
      open={open}
      onOpenChange={setOpen}
      component="AlertDialog"
      role="alertdialog"
      describedByBody
      surfaceClass={dialogClass}
      modal
      closeOnOutsidePress={false}
      closeLabel={null}
      initialFocus={initialFocus ?? cancelRef}
      description={description}
      attributes={{
        'data-size': 'sm',
        'data-variant': variant === 'primary' ? undefined : variant,
      }}
      footer={
        <>
          <Button ref={cancelRef} variant="secondary" onClick={() => setOpen(false)}>
            {cancelLabel}
          </Button>
          <Button
            variant={variant}
            loading={pending}
            loadingLabel={loadingLabel}
            onClick={() => void confirm()}
          >
            {confirmLabel}
          </Button>
        </>
      }
    >
      {children}
    </DialogSurface>
  );
});

AlertDialog.displayName = 'AlertDialog';
