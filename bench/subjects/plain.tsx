import { useLayoutEffect, useRef, type ReactNode } from 'react';
import './plain.css';
import type {
  ButtonFactory,
  DialogFactory,
  FormDialogFactory,
  Provider as ProviderType,
  TextFieldFactory,
  TooltipButtonFactory,
} from './types';

/** Plain React: no provider, a native element with a class, one static CSS file. */
export const Provider: ProviderType = ({ children }) => children;

export const button: ButtonFactory = (label, key) => (
  <button key={key} className="btn" type="button">
    {label}
  </button>
);

export const textField: TextFieldFactory = (label, key) => (
  <label key={key} className="field">
    {label}
    <input className="field-input" type="text" />
  </label>
);

/** A native <dialog>, closed: what the platform gives for nothing. */
export const dialog: DialogFactory = (title, key) => (
  <dialog key={key} aria-label={title}>
    Body
    <button className="btn" type="button">
      Save
    </button>
  </dialog>
);

/** The platform's own tooltip: the `title` attribute. */
export const tooltipButton: TooltipButtonFactory = (label, key) => (
  <button key={key} className="btn" type="button" title={`Runs ${label}`}>
    {label}
  </button>
);

/**
 * The platform's modal: a `<dialog>` that stays in the page with its form, opened with
 * `showModal()` (which also moves focus to the first field) and closed with `close()`. No
 * portal, focus or scroll code, no animation: the lower bound a library's Dialog is held to.
 */
function NativeDialog({
  open,
  onOpenChange,
  title,
  children,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog || dialog.open === open) return;
    if (open) dialog.showModal();
    else dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby="bench-form-title"
      onClose={() => onOpenChange(false)}
    >
      <h2 id="bench-form-title" className="dialog-title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}

export const formDialog: FormDialogFactory = ({ open, onOpenChange, title, fields }) => (
  <NativeDialog open={open} onOpenChange={onOpenChange} title={title}>
    <form method="dialog" className="dialog-form">
      {fields}
      <button className="btn" type="submit">
        Save
      </button>
    </form>
  </NativeDialog>
);
