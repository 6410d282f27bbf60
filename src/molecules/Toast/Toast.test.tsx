import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { getStyleSheetText } from '../../theme/styleRegistry';
import { Dialog } from '../Dialog';
import { toast, Toaster } from './index';
import toasterSource from './Toaster.tsx?raw';

// user-event waits on setTimeout, which the fake clock would never fire: the tests that type
// or click use the real clock (their toasts have no timeout).
const user = () => userEvent.setup();
const realClock = () => beforeEach(() => vi.useRealTimers());
const region = () => screen.getByRole('region', { name: 'Notifications (F6)' });
const list = () => region().querySelector('ol') as HTMLOListElement;
const shown = () =>
  within(list())
    .queryAllByRole('listitem')
    .map((item) => item.textContent);
const advance = (ms: number) => act(() => vi.advanceTimersByTime(ms));
const show = (options: Parameters<typeof toast>[0]) => {
  let id = '';
  act(() => {
    id = toast(options);
  });
  return id;
};

// jsdom hides every [popover] (the user agent rule) but has no showPopover() to open one; a
// browser shows the Toaster on mount (a story checks it), so the tests show it the same way.
// For this file only: the next test file in the worker shares this document.
const popoverShown = document.createElement('style');
popoverShown.textContent = '[popover] { display: block !important; }';
beforeAll(() => {
  document.head.append(popoverShown);
});
afterAll(() => {
  popoverShown.remove();
});

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  act(() => toast.dismiss());
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('Toaster', () => {
  describe('given no toast yet', () => {
    it('already renders the labelled landmark and an empty polite live region', () => {
      render(<Toaster />);
      expect(region().tagName).toBe('SECTION');
      expect(list()).toHaveAttribute('aria-live', 'polite');
      expect(list()).toBeEmptyDOMElement();
    });

    it('renders them on the server too, without toasts queued before', () => {
      toast({ title: 'Queued on the server' });
      const html = renderToString(<Toaster />);
      expect(html).toContain('aria-label="Notifications (F6)"');
      expect(html).toContain('aria-live="polite"');
      expect(html).toContain('popover="manual"');
      expect(html).not.toContain('Queued on the server');
    });
  });

  describe('when hydrated', () => {
    it('matches the server HTML, then shows the toasts made before it', () => {
      const error = vi.spyOn(console, 'error');
      const container = document.createElement('div');
      container.innerHTML = renderToString(<Toaster />);
      document.body.append(container);
      toast({ title: 'Made before hydration' });
      let root: Root | undefined;
      act(() => {
        root = hydrateRoot(container, <Toaster />);
      });
      expect(error).not.toHaveBeenCalled();
      expect(shown()).toEqual(['InformationMade before hydration']);
      act(() => root?.unmount());
      container.remove();
    });
  });

  describe('when a toast is shown', () => {
    it('adds it to the live region that existed before it', () => {
      render(<Toaster />);
      const before = list();
      show({ title: 'Message sent', description: 'To Ada.', status: 'success' });
      expect(list()).toBe(before);
      expect(shown()).toEqual(['SuccessMessage sentTo Ada.']);
    });

    it('shows toasts made before the Toaster mounted, instead of losing them', () => {
      toast({ title: 'Early' });
      render(<Toaster />);
      expect(shown()).toEqual(['InformationEarly']);
    });

    it('writes data-status for every status but info', () => {
      render(<Toaster />);
      act(() => {
        toast({ title: 'I' });
        toast({ title: 'S', status: 'success' });
        toast({ title: 'W', status: 'warning' });
      });
      const items = within(list()).getAllByRole('listitem');
      expect(items.map((item) => item.getAttribute('data-status'))).toEqual([
        null,
        'success',
        'warning',
      ]);
    });

    it('replaces the content of a toast shown again with the same id', () => {
      render(<Toaster />);
      const id = show({ id: 'save', title: 'Saving…' });
      expect(id).toBe('save');
      show({ id: 'save', title: 'Saved', status: 'success' });
      expect(shown()).toEqual(['SuccessSaved']);
    });

    it('takes translated labels from the Toaster and from the toast', () => {
      render(
        <Toaster
          label="Benachrichtigungen"
          hotkey={null}
          dismissLabel="Schließen"
          statusLabels={{ error: 'Fehler' }}
        />,
      );
      show({ title: 'Nicht gespeichert', status: 'error' });
      show({ title: 'Gespeichert', status: 'success', statusLabel: 'Erfolg' });
      const landmark = screen.getByRole('region', { name: 'Benachrichtigungen' });
      expect(within(landmark).getAllByRole('button', { name: 'Schließen' })).toHaveLength(2);
      expect(landmark).toHaveTextContent('FehlerNicht gespeichert');
      expect(landmark).toHaveTextContent('ErfolgGespeichert');
    });
  });

  describe('timeout', () => {
    it('dismisses a toast after the default 5 seconds and calls its onDismiss', () => {
      const onDismiss = vi.fn();
      render(<Toaster />);
      show({ title: 'Bye', onDismiss });
      advance(4999);
      expect(shown()).toHaveLength(1);
      advance(1);
      expect(shown()).toHaveLength(0);
      expect(onDismiss).toHaveBeenCalledTimes(1);
    });

    it('uses the Toaster timeout, and a toast timeout over it; null never times out', () => {
      render(<Toaster timeout={1000} />);
      show({ title: 'Short' });
      show({ title: 'Long', timeout: 3000 });
      show({ title: 'Sticky', timeout: null });
      advance(1000);
      expect(shown()).toEqual(['InformationLong', 'InformationSticky']);
      advance(2000);
      expect(shown()).toEqual(['InformationSticky']);
      advance(60_000);
      expect(shown()).toHaveLength(1);
    });

    it('pauses while the pointer is over the toasts, keeping the time left', () => {
      render(<Toaster />);
      show({ title: 'Hover me' });
      advance(3000);
      fireEvent.pointerEnter(region());
      advance(10_000);
      expect(shown()).toHaveLength(1);
      fireEvent.pointerLeave(region());
      advance(1999);
      expect(shown()).toHaveLength(1);
      advance(1);
      expect(shown()).toHaveLength(0);
    });

    it('pauses while focus is in the toasts', () => {
      render(<Toaster />);
      show({ title: 'Focus me' });
      act(() => screen.getByRole('button', { name: 'Dismiss' }).focus());
      advance(20_000);
      expect(shown()).toHaveLength(1);
      act(() => screen.getByRole('button', { name: 'Dismiss' }).blur());
      advance(5000);
      expect(shown()).toHaveLength(0);
    });

    it('pauses while the page is hidden', () => {
      const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
      render(<Toaster />);
      show({ title: 'Background tab' });
      act(() => {
        document.dispatchEvent(new Event('visibilitychange'));
      });
      advance(20_000);
      expect(shown()).toHaveLength(1);
      visibility.mockReturnValue('visible');
      act(() => {
        document.dispatchEvent(new Event('visibilitychange'));
      });
      advance(5000);
      expect(shown()).toHaveLength(0);
    });

    it('never times out a toast with an action', () => {
      render(<Toaster timeout={1000} />);
      show({ title: 'Archived', action: { label: 'Undo', onClick: () => {} } });
      advance(60_000);
      expect(shown()).toEqual(['InformationArchivedUndo']);
    });
  });

  describe('action', () => {
    realClock();
    it('runs onClick, then dismisses the toast', async () => {
      const onClick = vi.fn();
      render(<Toaster />);
      show({ title: 'Archived', action: { label: 'Undo', onClick } });
      await user().click(screen.getByRole('button', { name: 'Undo' }));
      expect(onClick).toHaveBeenCalledTimes(1);
      expect(shown()).toHaveLength(0);
    });
  });

  describe('queue', () => {
    it('shows at most `max`, and the queued ones as earlier ones leave', () => {
      render(<Toaster max={3} timeout={1000} />);
      act(() => {
        for (let i = 1; i <= 5; i += 1) toast({ title: `T${i}`, timeout: 1000 * i });
      });
      const titles = () => shown().map((text) => text?.replace(/^Information/, ''));
      expect(titles()).toEqual(['T1', 'T2', 'T3']);
      advance(1000);
      expect(titles()).toEqual(['T2', 'T3', 'T4']);
      act(() => toast.dismiss());
      expect(titles()).toEqual([]);
    });

    it('starts a queued toast’s time only when it shows', () => {
      render(<Toaster max={1} />);
      show({ title: 'First', timeout: null });
      show({ title: 'Second', timeout: 1000 });
      advance(5000);
      expect(shown()).toEqual(['InformationFirst']);
      act(() => toast.dismiss());
      show({ title: 'Third', timeout: null });
      expect(shown()).toEqual(['InformationThird']);
    });

    it('dismisses one toast by id', () => {
      render(<Toaster />);
      const first = show({ title: 'A', timeout: null });
      show({ title: 'B', timeout: null });
      act(() => toast.dismiss(first));
      expect(shown()).toEqual(['InformationB']);
    });
  });

  describe('keyboard', () => {
    realClock();
    it('F6 moves focus to the landmark and back', async () => {
      render(
        <>
          <button type="button">Save</button>
          <Toaster />
        </>,
      );
      show({ title: 'Saved', timeout: null });
      const save = screen.getByRole('button', { name: 'Save' });
      act(() => save.focus());
      await user().keyboard('{F6}');
      expect(region()).toHaveFocus();
      await user().tab();
      expect(screen.getByRole('button', { name: 'Dismiss' })).toHaveFocus();
      await user().keyboard('{F6}');
      expect(save).toHaveFocus();
    });

    it('F6 does nothing while there is no toast', async () => {
      render(
        <>
          <button type="button">Save</button>
          <Toaster />
        </>,
      );
      const save = screen.getByRole('button', { name: 'Save' });
      act(() => save.focus());
      await user().keyboard('{F6}');
      expect(save).toHaveFocus();
    });

    it('Escape dismisses the focused toast; focus moves to the next toast, never <body>', async () => {
      render(
        <>
          <button type="button">Save</button>
          <Toaster />
        </>,
      );
      show({ title: 'A', timeout: null });
      show({ title: 'B', timeout: null });
      act(() => screen.getByRole('button', { name: 'Save' }).focus());
      await user().keyboard('{F6}');
      await user().tab();
      const [dismissA] = screen.getAllByRole('button', { name: 'Dismiss' });
      expect(dismissA).toHaveFocus();
      await user().keyboard('{Escape}');
      expect(shown()).toEqual(['InformationB']);
      expect(screen.getByRole('button', { name: 'Dismiss' })).toHaveFocus();
      await user().keyboard('{Escape}');
      expect(shown()).toEqual([]);
      expect(screen.getByRole('button', { name: 'Save' })).toHaveFocus();
    });

    it('moves focus to the previous toast when the last one is dismissed by its button', async () => {
      render(<Toaster />);
      show({ title: 'A', timeout: null });
      show({ title: 'B', timeout: null });
      const [, dismissB] = screen.getAllByRole('button', { name: 'Dismiss' });
      await user().click(dismissB as HTMLElement);
      expect(screen.getByRole('button', { name: 'Dismiss' })).toHaveFocus();
    });
  });

  describe('given a modal dialog is open', () => {
    /** A controlled modal Dialog beside the Toaster, as an app has them. */
    function App({ open, nested = false }: { open: boolean; nested?: boolean }) {
      return (
        <>
          <button type="button">Page</button>
          <Dialog open={open} onOpenChange={() => {}} title="Settings">
            <button type="button">Inside</button>
            <Dialog open={nested} onOpenChange={() => {}} title="Confirm">
              Sure?
            </Dialog>
          </Dialog>
          <Toaster />
        </>
      );
    }
    const dialog = (name: string) => screen.getByRole('dialog', { name });

    it('renders the landmark, live region first, inside the dialog, and back in place when it closes', () => {
      const { rerender } = render(<App open={false} />);
      show({ title: 'Before', timeout: null });
      rerender(<App open />);
      expect(dialog('Settings')).toContainElement(region());
      expect(list()).toHaveAttribute('aria-live', 'polite');
      expect(shown()).toEqual(['InformationBefore']);
      const inDialog = list();
      show({ title: 'During', timeout: null });
      // Added to the region that was already in the dialog, as a live region needs.
      expect(list()).toBe(inDialog);
      expect(shown()).toEqual(['InformationBefore', 'InformationDuring']);

      rerender(<App open={false} />);
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(region().closest('dialog')).toBeNull();
      expect(shown()).toEqual(['InformationBefore', 'InformationDuring']);
    });

    it('follows the topmost modal: the nested one, then the one under it', () => {
      const { rerender } = render(<App open />);
      rerender(<App open nested />);
      expect(dialog('Confirm')).toContainElement(region());
      rerender(<App open />);
      expect(dialog('Settings')).toContainElement(region());
      expect(screen.queryByRole('dialog', { name: 'Confirm' })).toBeNull();
    });

    it('keeps the time a toast had left when its region moves', () => {
      const { rerender } = render(<App open={false} />);
      show({ title: 'Five seconds', timeout: 5000 });
      advance(3000);
      rerender(<App open />);
      advance(1999);
      expect(shown()).toEqual(['InformationFive seconds']);
      advance(1);
      expect(shown()).toEqual([]);
    });

    it('does not stay paused by a pointer that was over the region it left', () => {
      const { rerender } = render(<App open={false} />);
      show({ title: 'Hovered', timeout: 5000 });
      fireEvent.pointerEnter(region());
      rerender(<App open />);
      advance(5000);
      expect(shown()).toEqual([]);
    });

    describe('with the real clock', () => {
      realClock();

      it('runs a toast’s action without closing the dialog, and Tab reaches it after the dialog’s controls', async () => {
        const onClick = vi.fn();
        render(<App open />);
        show({ title: 'Archived', action: { label: 'Undo', onClick } });
        const undo = screen.getByRole('button', { name: 'Undo' });
        act(() => within(dialog('Settings')).getByRole('button', { name: 'Inside' }).focus());
        await user().tab();
        expect(undo).toHaveFocus();
        await user().click(undo);
        expect(onClick).toHaveBeenCalledTimes(1);
        expect(dialog('Settings')).toBeInTheDocument();
        expect(shown()).toEqual([]);
      });

      it('F6 moves focus to the landmark in the dialog and back', async () => {
        render(<App open />);
        show({ title: 'Saved', timeout: null });
        const inside = within(dialog('Settings')).getByRole('button', { name: 'Inside' });
        act(() => inside.focus());
        await user().keyboard('{F6}');
        expect(region()).toHaveFocus();
        await user().keyboard('{F6}');
        expect(inside).toHaveFocus();
      });
    });
  });

  describe('placement and the top layer', () => {
    it('writes data-placement for every placement but bottom-end', () => {
      const { rerender } = render(<Toaster />);
      expect(region()).not.toHaveAttribute('data-placement');
      rerender(<Toaster placement="top-start" />);
      expect(region()).toHaveAttribute('data-placement', 'top-start');
    });

    it('is a manual popover, shown on mount where the browser supports it', () => {
      const showPopover = vi.fn();
      const proto = HTMLElement.prototype as unknown as Record<string, unknown>;
      proto.showPopover = showPopover;
      try {
        render(<Toaster />);
        expect(region()).toHaveAttribute('popover', 'manual');
        expect(showPopover).toHaveBeenCalledTimes(1);
      } finally {
        delete proto.showPopover;
      }
    });

    it('documents every data attribute and part it writes with @selector', () => {
      render(<Toaster placement="top" />);
      show({
        title: 'Archived',
        description: 'Two conversations.',
        status: 'success',
        action: { label: 'Undo', onClick: () => {} },
      });
      const selectors = toasterSource
        .split('\n')
        .filter((line) => line.includes('@selector'))
        .join('\n');
      const written = new Set<string>();
      for (const element of [region(), ...region().querySelectorAll('*')]) {
        // A Button's own attributes and insides are the Button's (documented there).
        const button = element.closest('button');
        if (button && button !== element) continue;
        for (const { name, value } of Array.from(element.attributes)) {
          if (name === 'data-part') written.add(`"${value}"`);
          else if (name.startsWith('data-') && !button) written.add(`[${name}`);
        }
      }
      written.add('[data-exiting');
      expect([...written].filter((needle) => !selectors.includes(needle))).toEqual([]);
    });

    it('forwards the ref and merges the class name', () => {
      const ref = { current: null as HTMLElement | null };
      render(<Toaster ref={ref} className="mine" />);
      expect(ref.current).toBe(region());
      expect(region()).toHaveClass('cal-toaster', 'mine');
    });
  });

  describe('exit animation', () => {
    const items = () => Array.from(list().querySelectorAll('li'));
    let finishFade: () => void = () => {};
    let finishCollapse: () => void = () => {};
    beforeEach(() => {
      // jsdom runs no CSS transition: a leaving toast (`data-exiting`) reports two, as a
      // browser does from the exit rules (the fade, then the collapse of its space, which
      // ends last), each finished when the test says so.
      const fade = new Promise<void>((resolve) => {
        finishFade = resolve;
      });
      const collapse = new Promise<void>((resolve) => {
        finishCollapse = resolve;
      });
      const proto = HTMLElement.prototype as unknown as Record<string, unknown>;
      proto.getAnimations = function getAnimations(this: HTMLElement) {
        if (!this.hasAttribute('data-exiting')) return [];
        return [
          { finished: fade, effect: { target: this, getComputedTiming: () => ({ endTime: 100 }) } },
          {
            finished: collapse,
            effect: { target: this, getComputedTiming: () => ({ endTime: 300 }) },
          },
        ];
      };
    });
    afterEach(() => {
      delete (HTMLElement.prototype as unknown as Record<string, unknown>).getAnimations;
    });
    const fadeEnds = () =>
      act(async () => {
        finishFade();
        await Promise.resolve();
      });
    const animationEnds = () =>
      act(async () => {
        finishFade();
        finishCollapse();
        await Promise.resolve();
      });

    it('keeps a faded toast until its space has closed too, then removes it', async () => {
      render(<Toaster />);
      const first = show({ title: 'A', timeout: null });
      show({ title: 'B', timeout: null });
      act(() => toast.dismiss(first));
      const [leaving, staying] = items();
      await fadeEnds();
      expect(items()).toEqual([leaving, staying]);
      expect(leaving).toHaveAttribute('data-exiting');
      await animationEnds();
      expect(items()).toEqual([staying]);
    });

    it('keeps a dismissed toast, inert and out of the live region’s news, until its exit animation ends', async () => {
      const onDismiss = vi.fn();
      render(<Toaster />);
      const live = list();
      const first = show({ title: 'A', timeout: null, onDismiss });
      show({ title: 'B', timeout: null });
      act(() => toast.dismiss(first));
      expect(onDismiss).toHaveBeenCalledTimes(1);
      const [leaving, staying] = items();
      expect(leaving).toHaveTextContent('A');
      expect(leaving).toHaveAttribute('data-exiting');
      // Inert: out of the accessibility tree, unfocusable, unpressable.
      expect(leaving).toHaveAttribute('inert');
      expect(staying).not.toHaveAttribute('data-exiting');
      await animationEnds();
      expect(items()).toEqual([staying]);
      expect(list()).toBe(live);
    });

    it('shows the next queued toast at once while the one that left plays its exit', async () => {
      render(<Toaster max={1} />);
      const first = show({ title: 'A', timeout: null });
      show({ title: 'B', timeout: null });
      expect(items().map((item) => item.textContent)).toEqual(['InformationA']);
      act(() => toast.dismiss(first));
      expect(items().map((item) => [item.textContent, item.hasAttribute('data-exiting')])).toEqual([
        ['InformationA', true],
        ['InformationB', false],
      ]);
      await animationEnds();
      expect(items().map((item) => item.textContent)).toEqual(['InformationB']);
    });

    it('keeps a toast shown again with its id while it was leaving', async () => {
      const onDismiss = vi.fn();
      render(<Toaster timeout={1000} />);
      show({ id: 'save', title: 'Saving…', onDismiss });
      advance(1000);
      expect(onDismiss).toHaveBeenCalledTimes(1);
      expect(items()[0]).toHaveAttribute('data-exiting');
      show({ id: 'save', title: 'Saved', timeout: null });
      expect(items()).toHaveLength(1);
      expect(items()[0]).not.toHaveAttribute('data-exiting');
      await animationEnds();
      expect(shown()).toEqual(['InformationSaved']);
    });

    describe('with the real clock', () => {
      realClock();

      it('moves focus from a leaving toast to the next shown one, never to the leaving one', async () => {
        render(<Toaster />);
        show({ title: 'A', timeout: null });
        show({ title: 'B', timeout: null });
        show({ title: 'C', timeout: null });
        const [dismissA] = screen.getAllByRole('button', { name: 'Dismiss' });
        act(() => (dismissA as HTMLElement).focus());
        await user().keyboard('{Escape}');
        const [, dismissB] = within(list()).getAllByRole('button', { name: 'Dismiss' });
        expect(dismissB).toHaveFocus();
        await user().keyboard('{Escape}');
        expect(items()).toHaveLength(3);
        expect(items()[2]?.querySelector('button')).toHaveFocus();
      });
    });
  });

  describe('motion', () => {
    it('fades a toast in with the motion tokens, and not at all under reduced motion', () => {
      const sheet = getStyleSheetText();
      expect(sheet).toContain(
        '@media (prefers-reduced-motion: no-preference){.cal-toast{animation:cal-toast-enter var(--cal-motion-duration-normal) var(--cal-motion-easing-enter);}',
      );
      // Only there: no other rule animates a toast in.
      expect(sheet.split('animation:cal-toast-enter').length).toBe(2);
    });

    it('fades a leaving toast out, then closes its space, with the motion tokens only where motion is welcome, so under reduced motion it goes at once', () => {
      const sheet = getStyleSheetText();
      // The fade (fast, the exit easing), then every other change (standard easing, after
      // the fade): the block size, padding, border and its share of the list's gap go to
      // nothing, only where `interpolate-size` lets `auto` reach 0 (elsewhere, the fade).
      expect(sheet).toContain(
        '.cal-toast[data-exiting]{opacity:0;transition:all var(--cal-motion-duration-normal) var(--cal-motion-easing-standard) var(--cal-motion-duration-fast),opacity var(--cal-motion-duration-fast) var(--cal-motion-easing-exit);}@supports (interpolate-size: allow-keywords){.cal-toast[data-exiting]{interpolate-size:allow-keywords;min-block-size:0;block-size:0;padding:0;border-width:0;margin-block-end:calc(-1 * var(--cal-space-2));}}}',
      );
      expect(sheet).toMatch(
        /@media \(prefers-reduced-motion: no-preference\)\{\.cal-toast\{[^}]*\}\.cal-toast\[data-exiting\]\{opacity:0;transition:/,
      );
      expect(sheet).toMatch(/\.cal-toaster>\[data-part='list'\]\{[^}]*gap:var\(--cal-space-2\)/);
      // No animation to wait for (reduced motion, where the rule above does not apply): the
      // toast leaves in the same update as its dismissal.
      render(<Toaster />);
      const id = show({ title: 'A', timeout: null });
      act(() => toast.dismiss(id));
      expect(list()).toBeEmptyDOMElement();
    });
  });

  describe('given bad input', () => {
    const errors = () => vi.spyOn(console, 'error').mockImplementation(() => {});

    it('reports a toast with no title and no description, and still shows it', () => {
      const error = errors();
      render(<Toaster />);
      show({ status: 'error' });
      expect(error).toHaveBeenCalledWith(expect.stringContaining('toast: a toast needs a `title`'));
      expect(shown()).toEqual(['Error']);
    });

    it('reports an action without label or onClick and shows the toast without it', () => {
      const error = errors();
      render(<Toaster />);
      // @ts-expect-error: untyped callers can pass anything
      show({ title: 'Archived', action: { label: 'Undo' } });
      expect(error).toHaveBeenCalledWith(expect.stringContaining('`action` needs a `label`'));
      expect(shown()).toEqual(['InformationArchived']);
    });

    it('reports a bad timeout and uses the Toaster one', () => {
      const error = errors();
      render(<Toaster timeout={1000} />);
      show({ title: 'T', timeout: -5 });
      expect(error).toHaveBeenCalledWith(expect.stringContaining('`timeout` must be a number'));
      advance(1000);
      expect(shown()).toHaveLength(0);
    });

    it('reports a bad max and shows three', () => {
      const error = errors();
      render(<Toaster max={0} />);
      act(() => {
        for (let i = 0; i < 5; i += 1) toast({ title: `T${i}` });
      });
      expect(error).toHaveBeenCalledWith(expect.stringContaining('`max` must be a whole number'));
      expect(shown()).toHaveLength(3);
    });

    it('reports a second mounted Toaster', () => {
      const error = errors();
      render(
        <>
          <Toaster />
          <Toaster hotkey={null} />
        </>,
      );
      expect(error).toHaveBeenCalledWith(
        expect.stringContaining('Toaster: more than one Toaster is mounted'),
      );
    });
  });
});
