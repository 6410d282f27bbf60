import { createContext, type KeyboardEvent } from 'react';
import {
  tabbables,
  useOverlayTrigger,
  type OverlayTriggerProps,
  type OverlayTriggerState,
} from '../overlay';

/**
 * Open state a PopoverTrigger shares with the Popover inside it. The Popover resets it for
 * its own content, so a Popover nested in that content is not driven by the outer trigger.
 */
export const PopoverTriggerContext = createContext<OverlayTriggerState | null>(null);
PopoverTriggerContext.displayName = 'CallicratesPopoverTrigger';

export interface PopoverTriggerProps extends OverlayTriggerProps {
  /**
   * Two children: first the element that opens the popover (a Button), then the Popover.
   * The trigger gets `onClick` (it toggles), `aria-haspopup="dialog"`, `aria-expanded`,
   * `aria-controls` while open, and a ref (merged with its own); its own `onClick` and
   * `onKeyDown` still run first.
   */
  children: OverlayTriggerProps['children'];
}

/** While the popover is open, Tab on the trigger moves into it (it is portalled elsewhere). */
function tabIntoPopover(
  event: KeyboardEvent<HTMLElement>,
  { open, overlayRef }: OverlayTriggerState,
) {
  const popover = overlayRef.current;
  if (event.defaultPrevented || !open || !popover || event.key !== 'Tab') return;
  if (event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return;
  event.preventDefault();
  (tabbables(popover)[0] ?? popover).focus();
}

/**
 * Opens a Popover from a button without any state in the caller, the same shape as
 * DialogTrigger: `<PopoverTrigger><Button>Filters</Button><Popover title="Filters">…</Popover></PopoverTrigger>`.
 * The trigger toggles the popover. While it is open, Tab on the trigger moves into the
 * popover, so the keyboard order is the one the popover would have if it sat right after
 * the trigger in the page (it is portalled elsewhere).
 */
export function PopoverTrigger(props: PopoverTriggerProps) {
  const { state, children } = useOverlayTrigger(props, {
    component: 'PopoverTrigger',
    toggle: true,
    controls: true,
    onKeyDown: tabIntoPopover,
  });
  return <PopoverTriggerContext.Provider value={state}>{children}</PopoverTriggerContext.Provider>;
}
