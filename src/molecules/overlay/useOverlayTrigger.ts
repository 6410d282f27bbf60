import {
  Children,
  cloneElement,
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
import { elementRef } from './elementRef';
import { useControllableState } from './useControllableState';

/** What a `<Name>Trigger` shares, through its context, with the overlay inside it. */
export interface OverlayTriggerState {
  open: boolean;
  setOpen: (open: boolean) => void;
  /** The trigger element: the overlay's anchor, and where focus returns on close. */
  triggerRef: RefObject<HTMLElement | null>;
  /** The overlay element while it is shown. */
  overlayRef: RefObject<HTMLElement | null>;
  /** The overlay's id, unless it has its own (the trigger's `aria-controls` names that one). */
  overlayId: string;
}

/** The props every `<Name>Trigger` takes (DialogTrigger, PopoverTrigger). */
export interface OverlayTriggerProps {
  /**
   * Two children: first the element that opens the overlay (a Button), then the overlay.
   * The trigger gets `onClick`, `aria-haspopup="dialog"`, `aria-expanded` and a ref (merged
   * with its own); its own `onClick` and `onKeyDown` still run first.
   */
  children: [ReactElement, ReactNode];
  /** Whether the overlay is open, controlled. Usually left out: the trigger owns the state. */
  open?: boolean;
  /**
   * Whether the overlay starts open, when uncontrolled.
   * @default false
   */
  defaultOpen?: boolean;
  /** Called with the new state when the trigger opens it or the overlay closes. */
  onOpenChange?: (open: boolean) => void;
}

export interface OverlayTriggerOptions {
  /** The public component's name, for development messages. */
  component: string;
  /**
   * A press toggles the overlay. Otherwise it only opens it: a modal's trigger is inert
   * while the modal is open, so there is nothing to toggle.
   */
  toggle?: boolean;
  /** Write `aria-controls` (the overlay's id) on the trigger while the overlay is open. */
  controls?: boolean;
  /**
   * The trigger's `aria-haspopup`: what kind of popup it opens (a MenuTrigger's is `menu`).
   * @default 'dialog'
   */
  popup?: 'dialog' | 'menu';
  /** Runs on the trigger's `keydown`, after the trigger's own handler. */
  onKeyDown?: (event: KeyboardEvent<HTMLElement>, state: OverlayTriggerState) => void;
}

type TriggerProps = {
  onClick?: (event: MouseEvent<HTMLElement>) => void;
  onKeyDown?: (event: KeyboardEvent<HTMLElement>) => void;
  'aria-haspopup'?: 'dialog' | 'menu';
  'aria-expanded'?: boolean;
  'aria-controls'?: string;
  ref?: Ref<HTMLElement>;
};

/**
 * The one implementation behind every overlay trigger (the react-aria-components shape,
 * `<DialogTrigger><Button/><Dialog/></DialogTrigger>`): the open state, controlled or not;
 * the handles the overlay needs (the trigger element, the overlay element, an id); and the
 * first child cloned as the trigger, its ref and handlers kept, with `aria-haspopup`,
 * `aria-expanded`, `aria-controls` (when asked) and a press that opens or toggles.
 *
 * Returns the state, for the caller to provide through its own context (each kind of
 * overlay answers only its own kind of trigger), and the children to render.
 */
export function useOverlayTrigger(
  { children, open: openProp, defaultOpen = false, onOpenChange }: OverlayTriggerProps,
  {
    component,
    toggle = false,
    controls = false,
    popup = 'dialog',
    onKeyDown,
  }: OverlayTriggerOptions,
): { state: OverlayTriggerState; children: ReactNode } {
  const [open, setOpen] = useControllableState(openProp, defaultOpen, onOpenChange);
  // Element handles, made once (useState, not useRef: the trigger's is handed to the clone's
  // ref during render, which React's rules forbid for useRef).
  const [elements] = useState(() => ({
    trigger: { current: null } as RefObject<HTMLElement | null>,
    overlay: { current: null } as RefObject<HTMLElement | null>,
  }));
  const overlayId = useId();
  const state = useMemo(
    () => ({
      open,
      setOpen,
      triggerRef: elements.trigger,
      overlayRef: elements.overlay,
      overlayId,
    }),
    [open, setOpen, elements, overlayId],
  );
  const [trigger, ...rest] = Children.toArray(children);

  if (!isValidElement<TriggerProps>(trigger)) {
    if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
      devError(
        component,
        'the first child must be the element that opens the overlay, e.g. <Button>Edit</Button>, followed by the overlay.',
      );
    }
    return { state, children };
  }

  const { onClick: ownClick, onKeyDown: ownKeyDown } = trigger.props;
  const clone = cloneElement(trigger, {
    ref: mergeRefs(elementRef<HTMLElement>(trigger), elements.trigger),
    'aria-haspopup': popup,
    'aria-expanded': open,
    // The overlay's own `id` (`<Popover id="filters">`) when it has one: the element there.
    'aria-controls':
      controls && open
        ? (rest[0] as { props?: { id?: string } } | undefined)?.props?.id || overlayId
        : undefined,
    onClick: (event: MouseEvent<HTMLElement>) => {
      ownClick?.(event);
      if (!event.defaultPrevented) setOpen(toggle ? !open : true);
    },
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
      ownKeyDown?.(event);
      onKeyDown?.(event, state);
    },
  });
  return { state, children: [clone, ...rest] };
}
