import { forwardRef } from 'react';
import { reportUnknownValues } from '../../utils';
import { dialogClass } from './Dialog.styles';
import { DialogSurface, type DialogNativeProps, type DialogSurfaceOwnProps } from './DialogSurface';

/** Dialog widths from the `size.dialog.*` tokens; `fullscreen` fills the viewport. */
export const dialogSizes = ['sm', 'md', 'lg', 'fullscreen'] as const;
export type DialogSize = (typeof dialogSizes)[number];

export interface DialogProps extends DialogSurfaceOwnProps, DialogNativeProps {
  /**
   * The width (`size.dialog.*`); `fullscreen` fills the viewport (phones, editors). Written
   * as `data-size` when not the default.
   * @default 'md'
   * @selector [data-size="sm" | "lg" | "fullscreen"]
   */
  size?: DialogSize;
  /**
   * The accessible name of the close button in the header.
   * @default 'Close'
   */
  closeLabel?: string;
}

/**
 * A modal dialog: the native `<dialog>` shown with `showModal()`, so the browser makes the page
 * inert, puts the dialog in the top layer and keeps focus inside; it is portalled into the
 * nearest ThemeProvider's scope. Escape, the close button and a click on the backdrop close
 * it through `onOpenChange`; so does a `<form method="dialog">` inside it. Focus moves in on
 * open (the first field, or `initialFocus`) and back to the opener on close. Page scroll is
 * locked without a layout shift.
 *
 * Open it with `open`/`onOpenChange`, `defaultOpen`, or inside a DialogTrigger.
 *
 * Which button closed it: give the submit buttons of a `<form method="dialog">` a `value`.
 * As with a native `<dialog>`, the submit sets the dialog's `returnValue` to the submitter's
 * value (`''` for a button without one) before `onOpenChange(false)` runs, so read it there
 * through the ref, or in the form's `onSubmit` from `event.nativeEvent.submitter`. It is `''`
 * at every opening, and stays `''` when Escape, the close button or the backdrop closes it.
 *
 * @selector .cal-dialog — the `<dialog>`; parts `[data-part="header" | "heading" | "title" | "description" | "close" | "body" | "footer"]` (`heading` wraps the title and the description)
 * @selector [data-exiting] — closed and playing its exit animation
 */
export const Dialog = forwardRef<HTMLDialogElement, DialogProps>(function Dialog(
  { size = 'md', closeLabel = 'Close', ...rest },
  ref,
) {
  // Inline NODE_ENV check: production bundles drop the message (see toastStore.ts).
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    reportUnknownValues('Dialog', { size: [size, dialogSizes] });
  }
  return (
    <DialogSurface
      {...rest}
      ref={ref}
      component="Dialog"
      surfaceClass={dialogClass}
      modal
      closeOnOutsidePress
      closeLabel={closeLabel}
      attributes={{ 'data-size': size === 'md' ? undefined : size }}
    />
  );
});

Dialog.displayName = 'Dialog';
