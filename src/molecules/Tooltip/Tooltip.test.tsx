import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, type ReactElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Button } from '../../atoms/Button';
import { IconButton } from '../../atoms/IconButton';
import { getStyleSheetText } from '../../theme/styleRegistry';
import { resetDevErrors } from '../../utils/dev';
import { Popover, PopoverTrigger } from '../Popover';
import { Tooltip } from './Tooltip';
import { tooltipClass } from './Tooltip.styles';
import { stubFocusVisible } from '../../test/focusVisible';
import { reducedMotionRulesFor } from '../../test/reducedMotion';

/*
 * Timing, state and cost in jsdom with fake timers. Placement, the top layer and real
 * pointer movement onto the tooltip are covered in Chromium by Tooltip.stories.tsx.
 */

const Glyph = () => <svg aria-hidden="true" />;

let user: ReturnType<typeof userEvent.setup>;
let restoreFocusVisible: () => void;
// The fake clock only moves forward across tests, so the group's warm-up (timed with
// Date.now) of one test never reaches into the next.
let clock = Date.now();

beforeEach(() => {
  // Keyboard focus is told by `:focus-visible`; jsdom's answer depends on earlier files.
  restoreFocusVisible = stubFocusVisible();
  vi.useFakeTimers({
    shouldAdvanceTime: true,
    now: clock,
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
  });
  user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
});

afterEach(() => {
  restoreFocusVisible();
  cleanup();
  clock = Date.now() + 10_000;
  vi.useRealTimers();
  vi.restoreAllMocks();
  resetDevErrors();
});

const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms));

describe('Tooltip', () => {
  describe('on hover', () => {
    it('shows after the open delay and describes the trigger while shown', async () => {
      render(
        <Tooltip content="Saves a copy to your drive">
          <Button>Save</Button>
        </Tooltip>,
      );
      const trigger = screen.getByRole('button', { name: 'Save' });
      await user.hover(trigger);
      await wait(400);
      expect(screen.queryByRole('tooltip')).toBeNull();
      await wait(150);
      const tooltip = screen.getByRole('tooltip');
      expect(tooltip).toHaveTextContent('Saves a copy to your drive');
      expect(tooltip).toHaveClass('cal-tooltip');
      expect(trigger).toHaveAccessibleDescription('Saves a copy to your drive');
      expect(trigger).toHaveAccessibleName('Save');
    });

    it('hides the close delay after the pointer leaves, and drops the description', async () => {
      render(
        <Tooltip content="Saves a copy" openDelay={0}>
          <Button>Save</Button>
        </Tooltip>,
      );
      const trigger = screen.getByRole('button', { name: 'Save' });
      await user.hover(trigger);
      expect(screen.getByRole('tooltip')).toBeInTheDocument();
      await user.unhover(trigger);
      await wait(100);
      expect(screen.getByRole('tooltip')).toBeInTheDocument();
      await wait(100);
      expect(screen.queryByRole('tooltip')).toBeNull();
      expect(trigger).not.toHaveAttribute('aria-describedby');
    });

    it('stays while the pointer moves onto the tooltip (WCAG 1.4.13), hides when it leaves', async () => {
      render(
        <Tooltip content="Saves a copy" openDelay={0}>
          <Button>Save</Button>
        </Tooltip>,
      );
      await user.hover(screen.getByRole('button', { name: 'Save' }));
      await user.unhover(screen.getByRole('button', { name: 'Save' }));
      await user.hover(screen.getByRole('tooltip'));
      await wait(1000);
      expect(screen.getByRole('tooltip')).toBeInTheDocument();
      await user.unhover(screen.getByRole('tooltip'));
      await wait(200);
      expect(screen.queryByRole('tooltip')).toBeNull();
    });

    it('never shows when the pointer leaves before the open delay', async () => {
      render(
        <Tooltip content="Saves a copy">
          <Button>Save</Button>
        </Tooltip>,
      );
      await user.hover(screen.getByRole('button', { name: 'Save' }));
      await wait(300);
      await user.unhover(screen.getByRole('button', { name: 'Save' }));
      await wait(1000);
      expect(screen.queryByRole('tooltip')).toBeNull();
    });

    it('hides when the trigger is pressed', async () => {
      const onClick = vi.fn();
      render(
        <Tooltip content="Saves a copy" openDelay={0}>
          <Button onClick={onClick}>Save</Button>
        </Tooltip>,
      );
      await user.hover(screen.getByRole('button', { name: 'Save' }));
      await user.click(screen.getByRole('button', { name: 'Save' }));
      expect(screen.queryByRole('tooltip')).toBeNull();
      expect(onClick).toHaveBeenCalledTimes(1);
    });
  });

  describe('group delay', () => {
    it('shows the next tooltip at once while one is shown or just closed, then cools down', async () => {
      render(
        <>
          <Tooltip content="Bold text">
            <Button>B</Button>
          </Tooltip>
          <Tooltip content="Italic text">
            <Button>I</Button>
          </Tooltip>
        </>,
      );
      await user.hover(screen.getByRole('button', { name: 'B' }));
      await wait(500);
      expect(screen.getByRole('tooltip')).toHaveTextContent('Bold text');
      await user.hover(screen.getByRole('button', { name: 'I' }));
      expect(screen.getAllByRole('tooltip')).toHaveLength(1);
      expect(screen.getByRole('tooltip')).toHaveTextContent('Italic text');

      await user.unhover(screen.getByRole('button', { name: 'I' }));
      await wait(200);
      expect(screen.queryByRole('tooltip')).toBeNull();
      await user.hover(screen.getByRole('button', { name: 'B' }));
      expect(screen.getByRole('tooltip')).toHaveTextContent('Bold text');

      await user.unhover(screen.getByRole('button', { name: 'B' }));
      await wait(200);
      expect(screen.queryByRole('tooltip')).toBeNull();
      await wait(600);
      await user.hover(screen.getByRole('button', { name: 'I' }));
      expect(screen.queryByRole('tooltip')).toBeNull();
      await wait(500);
      expect(screen.getByRole('tooltip')).toHaveTextContent('Italic text');
    });
  });

  describe('on keyboard focus and Escape', () => {
    it('shows at once on Tab, hides on Escape and on blur', async () => {
      render(
        <>
          <Tooltip content="Deletes the file for everyone">
            <IconButton label="Delete" icon={<Glyph />} />
          </Tooltip>
          <Button>Next</Button>
        </>,
      );
      await user.tab();
      const trigger = screen.getByRole('button', { name: 'Delete' });
      expect(trigger).toHaveFocus();
      expect(screen.getByRole('tooltip')).toHaveTextContent('Deletes the file for everyone');
      expect(trigger).toHaveAccessibleDescription('Deletes the file for everyone');
      await user.keyboard('{Escape}');
      expect(screen.queryByRole('tooltip')).toBeNull();
      expect(trigger).toHaveFocus();
      await user.tab({ shift: true });
      await user.tab();
      expect(screen.getByRole('tooltip')).toBeInTheDocument();
      await user.tab();
      expect(screen.queryByRole('tooltip')).toBeNull();
    });

    it('Escape hides only the tooltip, not the Popover it sits in', async () => {
      render(
        <PopoverTrigger defaultOpen>
          <Button>Share</Button>
          <Popover title="Share">
            <Button>Email</Button>
            <Tooltip content="Copies the link" openDelay={0}>
              <Button>Copy link</Button>
            </Tooltip>
          </Popover>
        </PopoverTrigger>,
      );
      expect(screen.getByRole('button', { name: 'Email' })).toHaveFocus();
      await user.hover(screen.getByRole('button', { name: 'Copy link' }));
      expect(screen.getByRole('tooltip')).toBeInTheDocument();
      await user.keyboard('{Escape}');
      expect(screen.queryByRole('tooltip')).toBeNull();
      expect(screen.getByRole('dialog', { name: 'Share' })).toBeInTheDocument();
      await user.keyboard('{Escape}');
      expect(screen.queryByRole('dialog')).toBeNull();
    });
  });

  describe('on touch', () => {
    // These tests press with fireEvent, not user-event, so the clock can stand still between
    // steps: with `shouldAdvanceTime` a loaded machine moved it past the 500 ms long press
    // before the 499 ms check.
    beforeEach(() => {
      vi.useFakeTimers({
        now: Date.now(),
        toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
      });
    });

    it('shows on a long press and hides a moment after the finger lifts', async () => {
      render(
        <Tooltip content="Saves a copy">
          <Button>Save</Button>
        </Tooltip>,
      );
      const trigger = screen.getByRole('button', { name: 'Save' });
      fireEvent.pointerDown(trigger, { pointerType: 'touch' });
      await wait(499);
      expect(screen.queryByRole('tooltip')).toBeNull();
      await wait(1);
      expect(screen.getByRole('tooltip')).toBeInTheDocument();
      fireEvent.pointerUp(trigger, { pointerType: 'touch' });
      await wait(1000);
      expect(screen.getByRole('tooltip')).toBeInTheDocument();
      await wait(500);
      expect(screen.queryByRole('tooltip')).toBeNull();
    });

    it('does not show on a tap, nor on the pointerenter a tap sends', async () => {
      render(
        <Tooltip content="Saves a copy">
          <Button>Save</Button>
        </Tooltip>,
      );
      const trigger = screen.getByRole('button', { name: 'Save' });
      fireEvent.pointerEnter(trigger, { pointerType: 'touch' });
      fireEvent.pointerDown(trigger, { pointerType: 'touch' });
      await wait(100);
      fireEvent.pointerUp(trigger, { pointerType: 'touch' });
      await wait(2000);
      expect(screen.queryByRole('tooltip')).toBeNull();
    });
  });

  describe('when unmounted with a timer running', () => {
    // What a browser does between the commit and the next timer: run the microtasks.
    const settle = () => act(async () => {});

    it('neither opens nor closes the tooltip open elsewhere', async () => {
      const onRowOpenChange = vi.fn();
      const onOtherOpenChange = vi.fn();
      function Page({ row, other }: { row: boolean; other: boolean }) {
        return (
          <>
            {row ? (
              <Tooltip content="Deletes the row" onOpenChange={onRowOpenChange}>
                <Button>Delete</Button>
              </Tooltip>
            ) : null}
            <Tooltip content="Saves a copy" open={other} onOpenChange={onOtherOpenChange}>
              <Button>Save</Button>
            </Tooltip>
          </>
        );
      }
      const { rerender } = render(<Page row other={false} />);
      // The open delay starts on the row; another tooltip opens meanwhile (a shortcut shows it).
      fireEvent.pointerEnter(screen.getByRole('button', { name: 'Delete' }), {
        pointerType: 'mouse',
      });
      rerender(<Page row other />);
      expect(screen.getByRole('tooltip')).toHaveTextContent('Saves a copy');
      // The row is removed while hovered.
      rerender(<Page row={false} other />);
      await settle();
      await wait(1000);
      expect(onRowOpenChange).not.toHaveBeenCalled();
      expect(onOtherOpenChange).not.toHaveBeenCalled();
      expect(screen.getByRole('tooltip')).toHaveTextContent('Saves a copy');
    });

    it('clears the close delay of an open tooltip', async () => {
      const onOpenChange = vi.fn();
      const { unmount } = render(
        <Tooltip content="Saves a copy" openDelay={0} onOpenChange={onOpenChange}>
          <Button>Save</Button>
        </Tooltip>,
      );
      const trigger = screen.getByRole('button', { name: 'Save' });
      fireEvent.pointerEnter(trigger, { pointerType: 'mouse' });
      expect(onOpenChange).toHaveBeenLastCalledWith(true);
      fireEvent.pointerLeave(trigger, { pointerType: 'mouse' });
      unmount();
      await settle();
      await wait(1000);
      expect(onOpenChange).toHaveBeenCalledTimes(1);
    });
  });

  describe('cost', () => {
    it('200 idle tooltips mount no popup, no wrapper and no document listener', () => {
      const listen = vi.spyOn(document, 'addEventListener');
      const { container } = render(
        <>
          {Array.from({ length: 200 }, (_, index) => (
            <Tooltip key={index} content={`Action ${index}`}>
              <Button>{`Action ${index}`}</Button>
            </Tooltip>
          ))}
        </>,
      );
      expect(container.children).toHaveLength(200);
      expect(Array.from(container.children).every((child) => child.tagName === 'BUTTON')).toBe(
        true,
      );
      expect(screen.queryAllByRole('tooltip')).toHaveLength(0);
      expect(listen).not.toHaveBeenCalled();
    });
  });

  describe('the trigger', () => {
    it('keeps the caller’s ref, handlers and description', async () => {
      const ref = createRef<HTMLButtonElement>();
      const onPointerEnter = vi.fn();
      const onFocus = vi.fn();
      render(
        <>
          <p id="hint">Ctrl+S</p>
          <Tooltip content="Saves a copy" openDelay={0}>
            <Button
              ref={ref}
              onPointerEnter={onPointerEnter}
              onFocus={onFocus}
              aria-describedby="hint"
            >
              Save
            </Button>
          </Tooltip>
        </>,
      );
      const trigger = screen.getByRole('button', { name: 'Save' });
      expect(ref.current).toBe(trigger);
      await user.hover(trigger);
      expect(onPointerEnter).toHaveBeenCalledTimes(1);
      expect(trigger).toHaveAccessibleDescription('Ctrl+S Saves a copy');
      await user.unhover(trigger);
      await wait(200);
      expect(trigger).toHaveAttribute('aria-describedby', 'hint');
      await user.tab();
      expect(onFocus).toHaveBeenCalledTimes(1);
    });

    it('runs the trigger’s, the passed and its own handlers after re-renders with new ones', async () => {
      const calls: string[] = [];
      function Wrapped({ round }: { round: number }) {
        return (
          <Tooltip
            content="Saves a copy"
            openDelay={0}
            onPointerEnter={() => calls.push(`passed enter ${round}`)}
            onPointerDown={() => calls.push(`passed down ${round}`)}
          >
            <Button
              onPointerEnter={() => calls.push(`trigger enter ${round}`)}
              onPointerDown={() => calls.push(`trigger down ${round}`)}
            >
              Save
            </Button>
          </Tooltip>
        );
      }
      const { rerender } = render(<Wrapped round={1} />);
      rerender(<Wrapped round={2} />);
      const trigger = screen.getByRole('button', { name: 'Save' });
      await user.hover(trigger);
      expect(calls).toEqual(['trigger enter 2', 'passed enter 2']);
      expect(screen.getByRole('tooltip')).toBeInTheDocument();
      rerender(<Wrapped round={3} />);
      await user.pointer({ keys: '[MouseLeft]', target: trigger });
      expect(calls.slice(2)).toEqual(['trigger down 3', 'passed down 3']);
      // Its own handler ran too, with the latest render's state: the press hid the tooltip.
      expect(screen.queryByRole('tooltip')).toBeNull();
    });

    it('keeps the trigger element, and the caller’s refs attached, across re-renders and opening', async () => {
      const attached: Array<HTMLElement | null> = [];
      const callbackRef = (element: HTMLElement | null) => {
        attached.push(element);
      };
      const forwarded = createRef<HTMLElement>();
      const { rerender } = render(
        <Tooltip content="Saves a copy" openDelay={0} ref={forwarded}>
          <Button ref={callbackRef}>Save</Button>
        </Tooltip>,
      );
      const trigger = screen.getByRole('button', { name: 'Save' });
      expect(attached).toEqual([trigger]);
      expect(forwarded.current).toBe(trigger);
      rerender(
        <Tooltip content="Saves two copies" openDelay={0} ref={forwarded}>
          <Button ref={callbackRef}>Save</Button>
        </Tooltip>,
      );
      await user.hover(trigger);
      expect(screen.getByRole('tooltip')).toHaveTextContent('Saves two copies');
      await user.keyboard('{Escape}');
      expect(screen.queryByRole('tooltip')).toBeNull();
      // The same element all along, and the callback was never detached.
      expect(screen.getByRole('button', { name: 'Save' })).toBe(trigger);
      expect(attached).toEqual([trigger]);
      expect(forwarded.current).toBe(trigger);
    });

    it('forwards its own ref and passes other props to the trigger', () => {
      const ref = createRef<HTMLElement>();
      render(
        <Tooltip content="Saves a copy" ref={ref} data-testid="save" className="extra">
          <Button>Save</Button>
        </Tooltip>,
      );
      expect(ref.current).toBe(screen.getByTestId('save'));
      expect(screen.getByTestId('save')).toHaveClass('extra');
    });

    it('does not describe the trigger with a tooltip that only repeats its name', async () => {
      render(
        <Tooltip content="Delete" openDelay={0}>
          <IconButton label="Delete" icon={<Glyph />} />
        </Tooltip>,
      );
      await user.hover(screen.getByRole('button', { name: 'Delete' }));
      expect(screen.getByRole('tooltip')).toHaveTextContent('Delete');
      expect(screen.getByRole('button', { name: 'Delete' })).not.toHaveAttribute(
        'aria-describedby',
      );
    });

    it('with `repeatsName`, shows a name the trigger takes from its text without describing it', async () => {
      render(
        <Tooltip content={<span>Inbox</span>} repeatsName openDelay={0}>
          <a href="/inbox">
            <Glyph />
            <span>Inbox</span>
          </a>
        </Tooltip>,
      );
      const link = screen.getByRole('link', { name: 'Inbox' });
      await user.hover(link);
      expect(screen.getByRole('tooltip')).toHaveTextContent('Inbox');
      expect(link).not.toHaveAttribute('aria-describedby');
      expect(link).toHaveAccessibleDescription('');
    });

    it('works inside a PopoverTrigger: the click opens the popover, hover shows the tooltip', async () => {
      render(
        <PopoverTrigger>
          <Tooltip content="Filter the list" openDelay={0}>
            <Button>Filters</Button>
          </Tooltip>
          <Popover title="Filters">Body</Popover>
        </PopoverTrigger>,
      );
      const trigger = screen.getByRole('button', { name: 'Filters' });
      await user.hover(trigger);
      expect(screen.getByRole('tooltip')).toBeInTheDocument();
      expect(trigger).toHaveAttribute('aria-haspopup', 'dialog');
      await user.click(trigger);
      expect(screen.queryByRole('tooltip')).toBeNull();
      expect(screen.getByRole('dialog', { name: 'Filters' })).toBeInTheDocument();
      expect(trigger).toHaveAttribute('aria-expanded', 'true');
    });
  });

  describe('controlled and disabled', () => {
    it('shows while `open` is true and reports changes through onOpenChange', async () => {
      const onOpenChange = vi.fn();
      render(
        <Tooltip content="Saves a copy" open onOpenChange={onOpenChange}>
          <Button>Save</Button>
        </Tooltip>,
      );
      expect(screen.getByRole('tooltip')).toBeInTheDocument();
      await user.keyboard('{Escape}');
      expect(onOpenChange).toHaveBeenCalledWith(false);
      expect(screen.getByRole('tooltip')).toBeInTheDocument();
    });

    it('calls the latest onOpenChange after a re-render', async () => {
      const first = vi.fn();
      const latest = vi.fn();
      const { rerender } = render(
        <Tooltip content="Saves a copy" onOpenChange={first}>
          <Button>Save</Button>
        </Tooltip>,
      );
      rerender(
        <Tooltip content="Saves a copy" onOpenChange={latest}>
          <Button>Save</Button>
        </Tooltip>,
      );
      await user.hover(screen.getByRole('button', { name: 'Save' }));
      await wait(500);
      expect(latest).toHaveBeenLastCalledWith(true);
      rerender(
        <Tooltip content="Saves a copy" onOpenChange={first}>
          <Button>Save</Button>
        </Tooltip>,
      );
      await user.keyboard('{Escape}');
      expect(first).toHaveBeenCalledTimes(1);
      expect(first).toHaveBeenLastCalledWith(false);
      expect(latest).toHaveBeenCalledTimes(1);
    });

    it('never shows when disabled', async () => {
      render(
        <Tooltip content="Saves a copy" disabled openDelay={0} defaultOpen>
          <Button>Save</Button>
        </Tooltip>,
      );
      expect(screen.queryByRole('tooltip')).toBeNull();
      await user.hover(screen.getByRole('button', { name: 'Save' }));
      expect(screen.queryByRole('tooltip')).toBeNull();
    });
    it('closes when disabled and stays closed when enabled again', async () => {
      const { rerender } = render(
        <Tooltip content="Saves a copy" openDelay={0}>
          <Button>Save</Button>
        </Tooltip>,
      );
      await user.hover(screen.getByRole('button', { name: 'Save' }));
      expect(screen.getByRole('tooltip')).toBeInTheDocument();
      rerender(
        <Tooltip content="Saves a copy" openDelay={0} disabled>
          <Button>Save</Button>
        </Tooltip>,
      );
      expect(screen.queryByRole('tooltip')).toBeNull();
      rerender(
        <Tooltip content="Saves a copy" openDelay={0}>
          <Button>Save</Button>
        </Tooltip>,
      );
      expect(screen.queryByRole('tooltip')).toBeNull();
    });
  });

  describe('given bad input', () => {
    it('reports a trigger with no name of its own when shown, and still shows', async () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(
        <Tooltip content="Delete" openDelay={0}>
          <button type="button">
            <Glyph />
          </button>
        </Tooltip>,
      );
      expect(error).not.toHaveBeenCalled();
      await user.hover(screen.getByRole('button'));
      expect(error).toHaveBeenCalledWith(
        expect.stringContaining('Tooltip: the trigger has no accessible name of its own'),
      );
      expect(screen.getByRole('tooltip')).toBeInTheDocument();
    });

    it('reports a disabled child, which gets no pointer or focus events, and names the fix', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(
        <>
          <Tooltip content="Saves a copy">
            <Button>Save</Button>
          </Tooltip>
          <Tooltip content="Saves a copy" disabled>
            <Button disabled>Save disabled tooltip</Button>
          </Tooltip>
          <Tooltip content="Opens the docs">
            <Button href="/docs" disabled>
              Docs
            </Button>
          </Tooltip>
        </>,
      );
      expect(error).not.toHaveBeenCalled();
      render(
        <Tooltip content="You have no rights to delete">
          <Button disabled>Delete</Button>
        </Tooltip>,
      );
      expect(error).toHaveBeenCalledTimes(1);
      expect(error).toHaveBeenCalledWith(
        expect.stringMatching(/Tooltip: its child is disabled.*`aria-disabled="true"`.*wrap it/),
      );
    });

    it('reports empty content and a child that is not an element, without crashing', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(
        <Tooltip content="">
          <Button>Save</Button>
        </Tooltip>,
      );
      render(<Tooltip content="Text">{'plain text' as unknown as ReactElement}</Tooltip>);
      expect(error).toHaveBeenCalledWith(expect.stringContaining('`content` is empty'));
      expect(error).toHaveBeenCalledWith(expect.stringContaining('its child must be one element'));
      expect(screen.getByText('plain text')).toBeInTheDocument();
    });
  });

  describe('under prefers-reduced-motion: reduce', () => {
    it('has a rule that stops the fade', () => {
      expect(reducedMotionRulesFor(getStyleSheetText(), tooltipClass)).toMatch(/animation:none;/);
    });
  });

  describe('on the server', () => {
    it('renders only the trigger', () => {
      const html = renderToString(
        <Tooltip content="Saves a copy">
          <Button>Save</Button>
        </Tooltip>,
      );
      expect(html).toBe('<button class="cal-button" type="button">Save</button>');
    });

    it('hydrates a tooltip shown at first render without a mismatch', async () => {
      const tree = (
        <Tooltip content="Saves a copy" defaultOpen>
          <Button>Save</Button>
        </Tooltip>
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
      expect(screen.getByRole('tooltip')).toHaveTextContent('Saves a copy');
      // Unmounted, not only removed: a live root keeps its tooltip shown and its Escape listener.
      act(() => root?.unmount());
      container.remove();
    });
  });
});
