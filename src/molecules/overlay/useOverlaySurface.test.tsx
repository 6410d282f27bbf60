import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, forwardRef, useState, type RefObject } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { useOverlaySurface, type OverlayOpenProps } from './useOverlaySurface';
import type { OverlayTriggerState } from './useOverlayTrigger';

/*
 * The surface half of the trigger contract, with a stand-in surface: who decides whether it
 * is open (its own props, the trigger around it, or itself), what a close request reports,
 * and which refs reach its element. Exit animations are usePresence's (jsdom has none, so a
 * closed surface unmounts at once).
 */

const Surface = forwardRef<
  HTMLDivElement,
  OverlayOpenProps & { trigger?: OverlayTriggerState | null }
>(function Surface({ trigger = null, ...props }, ref) {
  const surface = useOverlaySurface<HTMLDivElement>(props, trigger, ref);
  if (!surface.mounted) return null;
  return (
    <div ref={surface.ref} role="dialog" aria-label="Surface">
      <button type="button" onClick={surface.requestClose}>
        Close
      </button>
    </div>
  );
});

function triggerState(open: boolean): OverlayTriggerState {
  return {
    open,
    setOpen: vi.fn(),
    triggerRef: { current: null },
    overlayRef: { current: null },
    overlayId: 'overlay',
  };
}

describe('useOverlaySurface', () => {
  describe('uncontrolled', () => {
    it('starts closed, or open with defaultOpen, and a close request closes it', async () => {
      const onOpenChange = vi.fn();
      const { unmount } = render(<Surface />);
      expect(screen.queryByRole('dialog')).toBeNull();
      unmount();

      render(<Surface defaultOpen onOpenChange={onOpenChange} />);
      await userEvent.click(screen.getByRole('button', { name: 'Close' }));
      expect(onOpenChange).toHaveBeenCalledWith(false);
      expect(screen.queryByRole('dialog')).toBeNull();
    });
  });

  describe('controlled by `open`', () => {
    it('reports the close request and stays open until `open` changes', async () => {
      const onOpenChange = vi.fn();
      const { rerender } = render(<Surface open onOpenChange={onOpenChange} />);
      await userEvent.click(screen.getByRole('button', { name: 'Close' }));
      expect(onOpenChange).toHaveBeenCalledWith(false);
      expect(screen.getByRole('dialog')).toBeInTheDocument();
      rerender(<Surface open={false} onOpenChange={onOpenChange} />);
      expect(screen.queryByRole('dialog')).toBeNull();
    });

    it('wins over the trigger around it', () => {
      render(<Surface open={false} trigger={triggerState(true)} />);
      expect(screen.queryByRole('dialog')).toBeNull();
    });
  });

  describe('inside a trigger', () => {
    it('follows the trigger’s state, and reports a close request to it and to onOpenChange', async () => {
      const trigger = triggerState(true);
      const onOpenChange = vi.fn();
      render(<Surface trigger={trigger} onOpenChange={onOpenChange} />);
      expect(screen.getByRole('dialog')).toBeInTheDocument();
      await userEvent.click(screen.getByRole('button', { name: 'Close' }));
      expect(onOpenChange).toHaveBeenCalledWith(false);
      expect(trigger.setOpen).toHaveBeenCalledWith(false);
    });

    it('opens and closes with the trigger’s state', () => {
      function Harness() {
        const [open, setOpen] = useState(false);
        return (
          <>
            <button type="button" onClick={() => setOpen(!open)}>
              Toggle
            </button>
            <Surface trigger={{ ...triggerState(open), setOpen }} />
          </>
        );
      }
      render(<Harness />);
      const toggle = screen.getByRole('button', { name: 'Toggle' });
      act(() => toggle.click());
      expect(screen.getByRole('dialog')).toBeInTheDocument();
      act(() => toggle.click());
      expect(screen.queryByRole('dialog')).toBeNull();
    });
  });

  describe('refs', () => {
    it('feeds the element to the caller’s ref and to the trigger’s overlayRef, and clears both', () => {
      const ref = createRef<HTMLDivElement>();
      const trigger = triggerState(true);
      const { unmount } = render(<Surface ref={ref} trigger={trigger} />);
      const element = screen.getByRole('dialog');
      expect(ref.current).toBe(element);
      expect((trigger.overlayRef as RefObject<HTMLElement | null>).current).toBe(element);
      unmount();
      expect(ref.current).toBeNull();
      expect(trigger.overlayRef.current).toBeNull();
    });
  });
});
