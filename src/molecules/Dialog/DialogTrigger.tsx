import { createContext } from 'react';
import { useOverlayTrigger, type OverlayTriggerProps, type OverlayTriggerState } from '../overlay';

/**
 * Open state a DialogTrigger shares with the Dialog, AlertDialog or Drawer inside it. Each
 * surface resets it for its own content, so a Dialog nested in that content is not driven by
 * the outer trigger.
 */
export const DialogTriggerContext = createContext<OverlayTriggerState | null>(null);
DialogTriggerContext.displayName = 'CallicratesDialogTrigger';

export interface DialogTriggerProps extends OverlayTriggerProps {
  /**
   * Two children: first the element that opens the dialog (a Button), then the Dialog,
   * AlertDialog or Drawer. The trigger gets `onClick`, `aria-haspopup="dialog"`,
   * `aria-expanded` and a ref (merged with its own); its own `onClick` still runs first.
   */
  children: OverlayTriggerProps['children'];
}

/**
 * Opens a dialog from a button without any state in the caller (the react-aria-components
 * shape): `<DialogTrigger><Button>Edit</Button><Dialog title="Edit">…</Dialog></DialogTrigger>`.
 * For state you own, skip it and give the Dialog `open` and `onOpenChange`.
 */
export function DialogTrigger(props: DialogTriggerProps) {
  const { state, children } = useOverlayTrigger(props, { component: 'DialogTrigger' });
  return <DialogTriggerContext.Provider value={state}>{children}</DialogTriggerContext.Provider>;
}
