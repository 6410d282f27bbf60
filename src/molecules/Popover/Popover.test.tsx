import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useRef, useState, type ReactElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Button } from '../../atoms/Button';
import { TextField } from '../../atoms/TextField';
import { getStyleSheetText } from '../../theme/styleRegistry';
import { resetDevErrors } from '../../utils/dev';
import { Dialog, DialogTrigger } from '../Dialog';
import { Popover } from './Popover';
import { popoverClass } from './Popover.styles';
import { PopoverTrigger } from './PopoverTrigger';
import { reducedMotionRulesFor } from '../../test/reducedMotion';

/*
 * jsdom has no top layer and no layout, so these tests cover what Popover itself does:
 * state, names, focus, dismissal, keyboard order, nesting, server rendering. Placement,
 * flipping, RTL and the top layer are tested in Chromium by the stories' play functions.
 */

function Filters(props: Partial<Parameters<typeof Popover>[0]>) {
  return (
    <>
      <Button>Before</Button>
      <PopoverTrigger>
        <Button>Filters</Button>
        <Popover title="Filters" {...props}>
          <TextField label="Owner" />
          <Button>Apply</Button>
        </Popover>
      </PopoverTrigger>
      <Button>After</Button>
    </>
  );
}

afterEach(() => {
  vi.restoreAllMocks();
  resetDevErrors();
});

describe('Popover', () => {
  describe('given a PopoverTrigger', () => {
    it('toggles on click, named by its title, the trigger telling its state', async () => {
      render(<Filters />);
      const trigger = screen.getByRole('button', { name: 'Filters' });
      expect(trigger).toHaveAttribute('aria-haspopup', 'dialog');
      expect(trigger).toHaveAttribute('aria-expanded', 'false');
      expect(trigger).not.toHaveAttribute('aria-controls');
      expect(screen.queryByRole('dialog')).toBeNull();

      await userEvent.click(trigger);
      const popover = screen.getByRole('dialog', { name: 'Filters' });
      expect(popover).toHaveClass('cal-popover');
      expect(popover).not.toHaveAttribute('aria-modal');
      expect(trigger).toHaveAttribute('aria-expanded', 'true');
      expect(trigger).toHaveAttribute('aria-controls', popover.id);

      await userEvent.click(trigger);
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(trigger).toHaveAttribute('aria-expanded', 'false');
    });

    it('moves focus to the first field on open and back to the trigger on Escape', async () => {
      render(<Filters />);
      await userEvent.click(screen.getByRole('button', { name: 'Filters' }));
      expect(screen.getByRole('textbox', { name: 'Owner' })).toHaveFocus();
      await userEvent.keyboard('{Escape}');
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(screen.getByRole('button', { name: 'Filters' })).toHaveFocus();
    });

    it('focuses the popover itself when it holds nothing focusable', async () => {
      render(
        <PopoverTrigger>
          <Button>Details</Button>
          <Popover aria-label="Details">Shipped on 3 March.</Popover>
        </PopoverTrigger>,
      );
      await userEvent.click(screen.getByRole('button', { name: 'Details' }));
      expect(screen.getByRole('dialog', { name: 'Details' })).toHaveFocus();
    });

    it('focuses `initialFocus` when given', async () => {
      function WithInitialFocus() {
        const apply = useRef<HTMLButtonElement>(null);
        return (
          <PopoverTrigger>
            <Button>Filters</Button>
            <Popover title="Filters" initialFocus={apply}>
              <TextField label="Owner" />
              <Button ref={apply}>Apply</Button>
            </Popover>
          </PopoverTrigger>
        );
      }
      render(<WithInitialFocus />);
      await userEvent.click(screen.getByRole('button', { name: 'Filters' }));
      expect(screen.getByRole('button', { name: 'Apply' })).toHaveFocus();
    });

    it('closes on a press outside, leaving focus where that press put it', async () => {
      const onOpenChange = vi.fn();
      render(
        <>
          <PopoverTrigger onOpenChange={onOpenChange}>
            <Button>Filters</Button>
            <Popover title="Filters">
              <Button>Apply</Button>
            </Popover>
          </PopoverTrigger>
          <TextField label="Search" />
        </>,
      );
      await userEvent.click(screen.getByRole('button', { name: 'Filters' }));
      await userEvent.click(screen.getByRole('textbox', { name: 'Search' }));
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(onOpenChange).toHaveBeenLastCalledWith(false);
      expect(screen.getByRole('textbox', { name: 'Search' })).toHaveFocus();
    });

    it('closes on a press on plain text outside without moving focus to the trigger', async () => {
      render(
        <>
          <Filters />
          <p>Orders placed this week</p>
        </>,
      );
      const trigger = screen.getByRole('button', { name: 'Filters' });
      await userEvent.click(trigger);
      const onFocus = vi.fn();
      trigger.addEventListener('focus', onFocus);
      await userEvent.click(screen.getByText('Orders placed this week'));
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(onFocus).not.toHaveBeenCalled();
      expect(trigger).not.toHaveFocus();
    });

    it('stays open for presses inside it', async () => {
      render(<Filters />);
      await userEvent.click(screen.getByRole('button', { name: 'Filters' }));
      await userEvent.click(screen.getByRole('button', { name: 'Apply' }));
      expect(screen.getByRole('dialog', { name: 'Filters' })).toBeInTheDocument();
    });

    it('keeps the caller’s ref and handlers on the trigger', async () => {
      const ref = createRef<HTMLButtonElement>();
      const onClick = vi.fn();
      render(
        <PopoverTrigger>
          <Button ref={ref} onClick={onClick}>
            Filters
          </Button>
          <Popover title="Filters">Body</Popover>
        </PopoverTrigger>,
      );
      expect(ref.current).toBe(screen.getByRole('button', { name: 'Filters' }));
      await userEvent.click(ref.current!);
      expect(onClick).toHaveBeenCalledTimes(1);
      expect(screen.getByRole('dialog')).toBeInTheDocument();
    });
  });

  describe('keyboard order (as if the popover followed its trigger)', () => {
    it('Tab on the open trigger moves into the popover', async () => {
      render(<Filters />);
      await userEvent.click(screen.getByRole('button', { name: 'Filters' }));
      await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
      expect(screen.getByRole('button', { name: 'Filters' })).toHaveFocus();
      await userEvent.tab();
      expect(screen.getByRole('textbox', { name: 'Owner' })).toHaveFocus();
    });

    it('Tab past the last element closes it and goes on to what follows the trigger', async () => {
      render(<Filters />);
      await userEvent.click(screen.getByRole('button', { name: 'Filters' }));
      await userEvent.tab();
      expect(screen.getByRole('button', { name: 'Apply' })).toHaveFocus();
      await userEvent.tab();
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(screen.getByRole('button', { name: 'After' })).toHaveFocus();
    });

    it('opens with Enter and Space on the trigger (a native button)', async () => {
      render(<Filters />);
      await userEvent.tab();
      await userEvent.tab();
      expect(screen.getByRole('button', { name: 'Filters' })).toHaveFocus();
      await userEvent.keyboard('{Enter}');
      expect(screen.getByRole('dialog')).toBeInTheDocument();
      await userEvent.keyboard('{Escape}');
      await userEvent.keyboard(' ');
      expect(screen.getByRole('dialog')).toBeInTheDocument();
    });
  });

  describe('when controlled', () => {
    it('reports Escape through onOpenChange and stays open until `open` changes', async () => {
      const onOpenChange = vi.fn();
      function Controlled() {
        const anchor = useRef<HTMLButtonElement>(null);
        return (
          <>
            <Button ref={anchor}>Anchor</Button>
            <Popover open onOpenChange={onOpenChange} anchorRef={anchor} title="Held">
              Body
            </Popover>
          </>
        );
      }
      render(<Controlled />);
      await userEvent.keyboard('{Escape}');
      expect(onOpenChange).toHaveBeenCalledWith(false);
      expect(screen.getByRole('dialog', { name: 'Held' })).toBeInTheDocument();
    });

    it('opens and closes from state the caller owns, anchored by anchorRef', async () => {
      function Owned() {
        const [open, setOpen] = useState(false);
        const anchor = useRef<HTMLButtonElement>(null);
        return (
          <>
            <Button ref={anchor} onClick={() => setOpen(true)}>
              Show
            </Button>
            <Popover open={open} onOpenChange={setOpen} anchorRef={anchor} aria-label="Owned">
              <Button>Inside</Button>
            </Popover>
          </>
        );
      }
      render(<Owned />);
      await userEvent.click(screen.getByRole('button', { name: 'Show' }));
      expect(screen.getByRole('button', { name: 'Inside' })).toHaveFocus();
      await userEvent.keyboard('{Escape}');
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(screen.getByRole('button', { name: 'Show' })).toHaveFocus();
    });

    it('starts open with defaultOpen', () => {
      render(<Filters />);
      render(
        <PopoverTrigger defaultOpen>
          <Button>Open one</Button>
          <Popover title="Already open">Body</Popover>
        </PopoverTrigger>,
      );
      expect(screen.getByRole('dialog', { name: 'Already open' })).toBeInTheDocument();
    });
  });

  describe('nested', () => {
    it('inside a Dialog: Escape closes only the popover, then the dialog', async () => {
      render(
        <DialogTrigger>
          <Button>Edit</Button>
          <Dialog title="Edit">
            <PopoverTrigger>
              <Button>Help</Button>
              <Popover title="Help">
                <Button>Got it</Button>
              </Popover>
            </PopoverTrigger>
          </Dialog>
        </DialogTrigger>,
      );
      await userEvent.click(screen.getByRole('button', { name: 'Edit' }));
      const dialog = screen.getByRole('dialog', { name: 'Edit' });
      await userEvent.click(screen.getByRole('button', { name: 'Help' }));
      const popover = screen.getByRole('dialog', { name: 'Help' });
      expect(dialog).toContainElement(popover);
      await userEvent.keyboard('{Escape}');
      expect(screen.queryByRole('dialog', { name: 'Help' })).toBeNull();
      expect(screen.getByRole('dialog', { name: 'Edit' })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Help' })).toHaveFocus();
      await userEvent.keyboard('{Escape}');
      expect(screen.queryByRole('dialog')).toBeNull();
    });

    it('opens a Dialog from a popover; Escape closes the dialog and leaves the popover', async () => {
      render(
        <PopoverTrigger>
          <Button>Share</Button>
          <Popover title="Share">
            <DialogTrigger>
              <Button>Invite people</Button>
              <Dialog title="Invite">
                <TextField label="Email" />
              </Dialog>
            </DialogTrigger>
          </Popover>
        </PopoverTrigger>,
      );
      await userEvent.click(screen.getByRole('button', { name: 'Share' }));
      await userEvent.click(screen.getByRole('button', { name: 'Invite people' }));
      expect(screen.getByRole('textbox', { name: 'Email' })).toHaveFocus();
      await userEvent.click(screen.getByRole('textbox', { name: 'Email' }));
      expect(screen.getByRole('dialog', { name: 'Share' })).toBeInTheDocument();
      await userEvent.keyboard('{Escape}');
      expect(screen.queryByRole('dialog', { name: 'Invite' })).toBeNull();
      expect(screen.getByRole('dialog', { name: 'Share' })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Invite people' })).toHaveFocus();
    });
  });

  describe('props', () => {
    it('forwards the ref and native props, merges className, writes the placement asked', async () => {
      const ref = createRef<HTMLDivElement>();
      render(
        <PopoverTrigger defaultOpen>
          <Button>Open</Button>
          <Popover
            ref={ref}
            title="Props"
            className="mine"
            data-testid="popover"
            placement="end-start"
            arrow
          >
            Body
          </Popover>
        </PopoverTrigger>,
      );
      const popover = screen.getByTestId('popover');
      expect(ref.current).toBe(popover);
      expect(popover).toHaveClass('cal-popover', 'mine');
      expect(popover).toHaveAttribute('data-placement', 'end-start');
      expect(popover.querySelector('[data-part="arrow"]')).toHaveAttribute('aria-hidden', 'true');
    });

    it('keeps its own `id`, and the trigger’s aria-controls names that id', async () => {
      render(
        <PopoverTrigger>
          <Button>Filters</Button>
          <Popover title="Filters" id="order-filters">
            Body
          </Popover>
        </PopoverTrigger>,
      );
      const trigger = screen.getByRole('button', { name: 'Filters' });
      await userEvent.click(trigger);
      expect(screen.getByRole('dialog', { name: 'Filters' })).toHaveAttribute(
        'id',
        'order-filters',
      );
      expect(trigger).toHaveAttribute('aria-controls', 'order-filters');
    });
  });

  describe('given bad input', () => {
    it('reports a popover with no name, and still renders', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(
        <PopoverTrigger defaultOpen>
          <Button>Open</Button>
          <Popover>Body</Popover>
        </PopoverTrigger>,
      );
      expect(error).toHaveBeenCalledWith(
        expect.stringContaining('Popover: a popover needs an accessible name'),
      );
      expect(screen.getByRole('dialog')).toBeInTheDocument();
    });

    it('reports a popover with no anchor, and `open` without `onOpenChange`', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(
        <Popover open aria-label="Loose">
          Body
        </Popover>,
      );
      expect(error).toHaveBeenCalledWith(expect.stringContaining('a popover needs an anchor'));
      expect(error).toHaveBeenCalledWith(
        expect.stringContaining('`open` is set without `onOpenChange`'),
      );
      expect(screen.getByRole('dialog', { name: 'Loose' })).toBeInTheDocument();
    });

    it('reports a trigger that does not pass its ref on to an element, and still opens', async () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      // A wrapper that takes the trigger's props but drops its ref: nothing to anchor to.
      function Fancy({ onClick }: { onClick?: () => void }) {
        return (
          <button type="button" onClick={onClick}>
            Fancy
          </button>
        );
      }
      render(
        <PopoverTrigger>
          <Fancy />
          <Popover title="Filters">Body</Popover>
        </PopoverTrigger>,
      );
      await userEvent.click(screen.getByRole('button', { name: 'Fancy' }));
      expect(screen.getByRole('dialog', { name: 'Filters' })).toBeInTheDocument();
      expect(error).toHaveBeenCalledWith(
        expect.stringContaining('Popover: it has no element to anchor to'),
      );
    });

    it('reports a PopoverTrigger whose first child is not an element', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(
        <PopoverTrigger>
          {'Filters' as unknown as ReactElement}
          <Popover title="Filters">Body</Popover>
        </PopoverTrigger>,
      );
      expect(error).toHaveBeenCalledWith(
        expect.stringContaining('PopoverTrigger: the first child'),
      );
    });
  });

  describe('under prefers-reduced-motion: reduce', () => {
    it('has a rule that stops the enter and exit animations', () => {
      const rule = reducedMotionRulesFor(getStyleSheetText(), popoverClass);
      expect(rule).toMatch(/\[data-exiting\]\{animation:none;/);
    });
  });

  describe('on the server', () => {
    it('renders the trigger and nothing of a closed popover', () => {
      const html = renderToString(<Filters />);
      expect(html).toContain('aria-expanded="false"');
      expect(html).not.toContain('cal-popover');
    });

    it('hydrates a popover open at first render without a mismatch, then shows it', async () => {
      const tree = (
        <PopoverTrigger defaultOpen>
          <Button>Open</Button>
          <Popover title="Hydrated">Body</Popover>
        </PopoverTrigger>
      );
      const container = document.createElement('div');
      container.innerHTML = renderToString(tree);
      document.body.append(container);
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      let root: ReturnType<typeof hydrateRoot> | undefined;
      await act(async () => {
        root = hydrateRoot(container, tree);
      });
      expect(error).not.toHaveBeenCalled();
      expect(screen.getByRole('dialog', { name: 'Hydrated' })).toBeInTheDocument();
      // Unmounted, not only removed: a live root keeps its popover on the overlay stack.
      act(() => root?.unmount());
      container.remove();
    });
  });
});
