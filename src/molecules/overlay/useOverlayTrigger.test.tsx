import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  createContext,
  createRef,
  useContext,
  useEffect,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resetDevErrors } from '../../utils/dev';
import {
  useOverlayTrigger,
  type OverlayTriggerOptions,
  type OverlayTriggerProps,
  type OverlayTriggerState,
} from './useOverlayTrigger';

/*
 * The hook alone, with a stand-in overlay that reads the state from context, as Dialog and
 * Popover do: what the trigger gets, who owns the state, and what the overlay is handed.
 */

const StateContext = createContext<OverlayTriggerState | null>(null);

function Trigger({
  options,
  ...props
}: OverlayTriggerProps & { options?: Partial<OverlayTriggerOptions> }) {
  const { state, children } = useOverlayTrigger(props, { component: 'TestTrigger', ...options });
  return <StateContext.Provider value={state}>{children}</StateContext.Provider>;
}

/** Shows while the trigger's state is open, and hands its element to the state. */
function Overlay() {
  const state = useContext(StateContext);
  if (!state?.open) return null;
  const { overlayRef, overlayId, setOpen } = state;
  return (
    <div
      ref={overlayRef as RefObject<HTMLDivElement | null>}
      id={overlayId}
      role="dialog"
      aria-label="Overlay"
    >
      <button type="button" onClick={() => setOpen(false)}>
        Close
      </button>
    </div>
  );
}

afterEach(() => {
  vi.restoreAllMocks();
  resetDevErrors();
});

describe('useOverlayTrigger', () => {
  describe('given a trigger and an overlay', () => {
    it('marks the trigger as opening a dialog and tells its state', async () => {
      render(
        <Trigger>
          <button type="button">Open</button>
          <Overlay />
        </Trigger>,
      );
      const trigger = screen.getByRole('button', { name: 'Open' });
      expect(trigger).toHaveAttribute('aria-haspopup', 'dialog');
      expect(trigger).toHaveAttribute('aria-expanded', 'false');
      expect(screen.queryByRole('dialog')).toBeNull();

      await userEvent.click(trigger);
      expect(screen.getByRole('dialog', { name: 'Overlay' })).toBeInTheDocument();
      expect(trigger).toHaveAttribute('aria-expanded', 'true');
      expect(trigger).not.toHaveAttribute('aria-controls');
    });

    it('only opens by default; with `toggle` a second press closes', async () => {
      const { rerender } = render(
        <Trigger>
          <button type="button">Open</button>
          <Overlay />
        </Trigger>,
      );
      const trigger = screen.getByRole('button', { name: 'Open' });
      await userEvent.click(trigger);
      await userEvent.click(trigger);
      expect(screen.getByRole('dialog')).toBeInTheDocument();

      rerender(
        <Trigger options={{ toggle: true }}>
          <button type="button">Open</button>
          <Overlay />
        </Trigger>,
      );
      await userEvent.click(trigger);
      expect(screen.queryByRole('dialog')).toBeNull();
      await userEvent.click(trigger);
      expect(screen.getByRole('dialog')).toBeInTheDocument();
    });

    it('with `controls`, names the open overlay in aria-controls, and only while open', async () => {
      render(
        <Trigger options={{ controls: true, toggle: true }}>
          <button type="button">Open</button>
          <Overlay />
        </Trigger>,
      );
      const trigger = screen.getByRole('button', { name: 'Open' });
      expect(trigger).not.toHaveAttribute('aria-controls');
      await userEvent.click(trigger);
      expect(trigger).toHaveAttribute('aria-controls', screen.getByRole('dialog').id);
      await userEvent.click(trigger);
      expect(trigger).not.toHaveAttribute('aria-controls');
    });

    it('hands the overlay the trigger element, and closes when the overlay asks', async () => {
      const onState = vi.fn<(state: OverlayTriggerState | null) => void>();
      function Spy() {
        const state = useContext(StateContext);
        useEffect(() => onState(state));
        return null;
      }
      render(
        <Trigger defaultOpen>
          <button type="button">Open</button>
          <>
            <Overlay />
            <Spy />
          </>
        </Trigger>,
      );
      const state = onState.mock.lastCall?.[0];
      expect(state?.triggerRef.current).toBe(screen.getByRole('button', { name: 'Open' }));
      expect(state?.overlayRef.current).toBe(screen.getByRole('dialog'));
      await userEvent.click(screen.getByRole('button', { name: 'Close' }));
      expect(screen.queryByRole('dialog')).toBeNull();
    });
  });

  describe('the trigger’s own props', () => {
    it('keeps its ref, runs its onClick first, and does not open when it prevents default', async () => {
      const ref = createRef<HTMLButtonElement>();
      const onClick = vi.fn((event: { preventDefault: () => void }) => event.preventDefault());
      render(
        <Trigger>
          <button type="button" ref={ref} onClick={onClick}>
            Open
          </button>
          <Overlay />
        </Trigger>,
      );
      const trigger = screen.getByRole('button', { name: 'Open' });
      expect(ref.current).toBe(trigger);
      await userEvent.click(trigger);
      expect(onClick).toHaveBeenCalledTimes(1);
      expect(screen.queryByRole('dialog')).toBeNull();
    });

    it('runs its onKeyDown, then the option’s, with the state', async () => {
      const calls: string[] = [];
      const onKeyDown = (event: KeyboardEvent<HTMLElement>, state: OverlayTriggerState) =>
        calls.push(`option ${event.key} ${String(state.open)}`);
      render(
        <Trigger options={{ onKeyDown }} defaultOpen>
          <button type="button" onKeyDown={(event) => calls.push(`own ${event.key}`)}>
            Open
          </button>
          <Overlay />
        </Trigger>,
      );
      screen.getByRole('button', { name: 'Open' }).focus();
      await userEvent.keyboard('a');
      expect(calls).toEqual(['own a', 'option a true']);
    });
  });

  describe('state', () => {
    it('is controlled by `open`, reporting every request to onOpenChange', async () => {
      const onOpenChange = vi.fn();
      const { rerender } = render(
        <Trigger open={false} onOpenChange={onOpenChange}>
          <button type="button">Open</button>
          <Overlay />
        </Trigger>,
      );
      await userEvent.click(screen.getByRole('button', { name: 'Open' }));
      expect(onOpenChange).toHaveBeenCalledWith(true);
      expect(screen.queryByRole('dialog')).toBeNull();
      rerender(
        <Trigger open onOpenChange={onOpenChange}>
          <button type="button">Open</button>
          <Overlay />
        </Trigger>,
      );
      expect(screen.getByRole('dialog')).toBeInTheDocument();
    });

    it('starts open with defaultOpen, and reports changes when uncontrolled', async () => {
      const onOpenChange = vi.fn();
      render(
        <Trigger defaultOpen onOpenChange={onOpenChange}>
          <button type="button">Open</button>
          <Overlay />
        </Trigger>,
      );
      await userEvent.click(screen.getByRole('button', { name: 'Close' }));
      expect(onOpenChange).toHaveBeenCalledWith(false);
      expect(screen.queryByRole('dialog')).toBeNull();
    });
  });

  describe('given bad input', () => {
    it('reports a first child that is not an element and renders the children as they are', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(
        <Trigger>
          {'Open' as unknown as OverlayTriggerProps['children'][0]}
          <Overlay />
        </Trigger>,
      );
      expect(error).toHaveBeenCalledWith(
        expect.stringContaining('[Callicrates] TestTrigger: the first child must be the element'),
      );
      expect(screen.getByText('Open')).toBeInTheDocument();
    });
  });
});
