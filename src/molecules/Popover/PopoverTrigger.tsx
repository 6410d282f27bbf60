import {
  Children,
  cloneElement,
  createContext,
  isValidElement,
  useId,
  useMemo,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type ReactElement,
  type ReactNode,
  type Ref,
  type RefObject,
} from 'react';
import { devError, mergeRefs } from '../../utils';
import { elementRef, tabbables, useControllableState } from '../overlay';

export interface PopoverTriggerState {
  open: boolean;
  setOpen: (open: boolean) => void;
  /** The trigger element: the popover's anchor, and where focus returns on close. */
  triggerRef: RefObject<HTMLElement | null>;
  /** The popover element while it is shown. */
  popoverRef: RefObject<HTMLDivElement | null>;
  popoverId: string;
}

/**
 * Open state a PopoverTrigger shares with the Popover inside it. The Popover resets it for
 * its own content, so a Popover nested in that content is not driven by the outer trigger.
 */
export const PopoverTriggerContext = createContext<PopoverTriggerState | null>(null);
PopoverTriggerContext.displayName = 'CallicratesPopoverTrigger';

export interface PopoverTriggerProps {
  /**
   * Two children: first the element that opens the popover (a Button), then the Popover.
   * The trigger gets `onClick` (it toggles), `aria-haspopup="dialog"`, `aria-expanded`,
   * `aria-controls` while open, and a ref (merged with its own); its own `onClick` and
   * `onKeyDown` still run first.
   */
  children: [ReactElement, ReactNode];
  /** Whether the popover is open, controlled. Usually left out: the trigger owns the state. */
  open?: boolean;
  /**
   * Whether the popover starts open, when uncontrolled.
   * @default false
   */
  defaultOpen?: boolean;
  /** Called with the new state when the trigger toggles or the popover closes. */
  onOpenChange?: (open: boolean) => void;
}

type TriggerProps = {
  onClick?: (event: MouseEvent<HTMLElement>) => void;
  onKeyDown?: (event: KeyboardEvent<HTMLElement>) => void;
  'aria-haspopup'?: 'dialog';
  'aria-expanded'?: boolean;
  'aria-controls'?: string;
  ref?: Ref<HTMLElement>;
};

/**
 * Opens a Popover from a button without any state in the caller, the same shape as
 * DialogTrigger: `<PopoverTrigger><Button>Filters</Button><Popover title="Filters">…</Popover></PopoverTrigger>`.
 * The trigger toggles the popover. While it is open, Tab on the trigger moves into the
 * popover, so the keyboard order is the one the popover would have if it sat right after
 * the trigger in the page (it is portalled elsewhere).
 */
export function PopoverTrigger({
  children,
  open: openProp,
  defaultOpen = false,
  onOpenChange,
}: PopoverTriggerProps) {
  const [open, setOpen] = useControllableState(openProp, defaultOpen, onOpenChange);
  // Element handles, shared through context; made once (useState, not useRef, because they
  // are handed to the clone's ref during render, which React's ref rules forbid for useRef).
  const [elements] = useState(() => ({
    trigger: { current: null } as RefObject<HTMLElement | null>,
    popover: { current: null } as RefObject<HTMLDivElement | null>,
  }));
  const popoverId = useId();
  const state = useMemo(
    () => ({
      open,
      setOpen,
      triggerRef: elements.trigger,
      popoverRef: elements.popover,
      popoverId,
    }),
    [open, setOpen, elements, popoverId],
  );
  const [trigger, ...rest] = Children.toArray(children);
  const callerHandle = isValidElement(trigger) ? elementRef<HTMLElement>(trigger) : undefined;
  const attachTrigger = mergeRefs(callerHandle, elements.trigger);

  if (!isValidElement<TriggerProps>(trigger)) {
    if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
      devError(
        'PopoverTrigger',
        'the first child must be the element that opens the popover, e.g. <Button>Filters</Button>.',
      );
    }
    return (
      <PopoverTriggerContext.Provider value={state}>{children}</PopoverTriggerContext.Provider>
    );
  }

  const { onClick: ownClick, onKeyDown: ownKeyDown } = trigger.props;
  return (
    <PopoverTriggerContext.Provider value={state}>
      {cloneElement(trigger, {
        ref: attachTrigger,
        'aria-haspopup': 'dialog',
        'aria-expanded': open,
        'aria-controls': open ? popoverId : undefined,
        onClick: (event: MouseEvent<HTMLElement>) => {
          ownClick?.(event);
          if (!event.defaultPrevented) setOpen(!open);
        },
        onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
          ownKeyDown?.(event);
          const popover = elements.popover.current;
          if (event.defaultPrevented || !open || !popover || event.key !== 'Tab') return;
          if (event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return;
          event.preventDefault();
          (tabbables(popover)[0] ?? popover).focus();
        },
      })}
      {rest}
    </PopoverTriggerContext.Provider>
  );
}
