import {
  Children,
  cloneElement,
  createContext,
  isValidElement,
  useMemo,
  type MouseEvent,
  type ReactElement,
  type ReactNode,
} from 'react';
import { devError } from '../../utils';
import { useControllableState } from '../overlay';

export interface DialogTriggerState {
  open: boolean;
  setOpen: (open: boolean) => void;
}

/**
 * Open state a DialogTrigger shares with the Dialog, AlertDialog or Drawer inside it. Each
 * surface resets it for its own content, so a Dialog nested in that content is not driven by
 * the outer trigger.
 */
export const DialogTriggerContext = createContext<DialogTriggerState | null>(null);
DialogTriggerContext.displayName = 'CallicratesDialogTrigger';

export interface DialogTriggerProps {
  /**
   * Two children: first the element that opens the dialog (a Button), then the Dialog,
   * AlertDialog or Drawer. The trigger gets `onClick`, `aria-haspopup="dialog"` and
   * `aria-expanded`; its own `onClick` still runs first.
   */
  children: [ReactElement, ReactNode];
  /** Whether the dialog is open, controlled. Usually left out: the trigger owns the state. */
  open?: boolean;
  /**
   * Whether the dialog starts open, when uncontrolled.
   * @default false
   */
  defaultOpen?: boolean;
  /** Called with the new state when the trigger opens or the dialog closes. */
  onOpenChange?: (open: boolean) => void;
}

type TriggerProps = {
  onClick?: (event: MouseEvent<HTMLElement>) => void;
  'aria-haspopup'?: 'dialog';
  'aria-expanded'?: boolean;
};

/**
 * Opens a dialog from a button without any state in the caller (the react-aria-components
 * shape): `<DialogTrigger><Button>Edit</Button><Dialog title="Edit">…</Dialog></DialogTrigger>`.
 * For state you own, skip it and give the Dialog `open` and `onOpenChange`.
 */
export function DialogTrigger({
  children,
  open: openProp,
  defaultOpen = false,
  onOpenChange,
}: DialogTriggerProps) {
  const [open, setOpen] = useControllableState(openProp, defaultOpen, onOpenChange);
  const state = useMemo(() => ({ open, setOpen }), [open, setOpen]);
  const [trigger, ...rest] = Children.toArray(children);

  if (!isValidElement<TriggerProps>(trigger)) {
    if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
      devError(
        'DialogTrigger',
        'the first child must be the element that opens the dialog, e.g. <Button>Edit</Button>.',
      );
    }
    return <DialogTriggerContext.Provider value={state}>{children}</DialogTriggerContext.Provider>;
  }

  const ownClick = trigger.props.onClick;
  return (
    <DialogTriggerContext.Provider value={state}>
      {cloneElement(trigger, {
        'aria-haspopup': 'dialog',
        'aria-expanded': open,
        onClick: (event: MouseEvent<HTMLElement>) => {
          ownClick?.(event);
          if (!event.defaultPrevented) setOpen(true);
        },
      })}
      {rest}
    </DialogTriggerContext.Provider>
  );
}
