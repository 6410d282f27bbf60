import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import {
  captureFocusReturn,
  firstTabbable,
  focusFirst,
  focusReturnTarget,
  tabbables,
  wrapTab,
} from './focus';

describe('focus helpers', () => {
  describe('tabbables', () => {
    it('lists what Tab visits, skipping disabled, hidden, inert and tabindex -1', () => {
      render(
        <div data-testid="box">
          <button type="button">One</button>
          <button type="button" disabled>
            Off
          </button>
          <input aria-label="Two" />
          <div hidden>
            <button type="button">Hidden</button>
          </div>
          <div inert>
            <button type="button">Inert</button>
          </div>
          <span tabIndex={-1}>Programmatic</span>
          <a href="#x">Three</a>
        </div>,
      );
      expect(
        tabbables(screen.getByTestId('box')).map((el) => el.textContent || el.ariaLabel),
      ).toEqual(['One', 'Two', 'Three']);
    });
  });

  describe('firstTabbable', () => {
    it('finds what tabbables lists first, and checks nothing after it', () => {
      render(
        <div data-testid="box">
          <button type="button" disabled>
            Off
          </button>
          <div hidden>
            <button type="button">Hidden</button>
          </div>
          <span tabIndex={-1}>Programmatic</span>
          <input aria-label="First" />
          <input aria-label="Second" />
          <input aria-label="Third" />
        </div>,
      );
      const box = screen.getByTestId('box');
      // jsdom has no checkVisibility: give each field one (a browser's) to count the checks.
      const checks = vi.fn(() => true);
      for (const input of Array.from(box.querySelectorAll('input'))) {
        Object.assign(input, { checkVisibility: checks });
      }
      expect(firstTabbable(box)).toBe(screen.getByLabelText('First'));
      expect(checks).toHaveBeenCalledTimes(1);
      expect(firstTabbable(box)).toBe(tabbables(box)[0]);
    });

    it('returns undefined when nothing inside is tabbable', () => {
      render(<div data-testid="box">text only</div>);
      expect(firstTabbable(screen.getByTestId('box'))).toBeUndefined();
    });
  });

  describe('focusFirst', () => {
    it('focuses the first candidate that can take focus, element or container', () => {
      render(
        <div>
          <div data-testid="empty">text only</div>
          <div data-testid="fields">
            <input aria-label="First field" />
          </div>
        </div>,
      );
      const focused = focusFirst([null, screen.getByTestId('empty'), screen.getByTestId('fields')]);
      expect(focused).toBe(screen.getByRole('textbox', { name: 'First field' }));
      expect(focused).toHaveFocus();
    });
  });

  describe('focus return', () => {
    it('returns to the opener when it can still take focus', () => {
      render(<button type="button">Open</button>);
      const opener = screen.getByRole('button');
      opener.focus();
      const overlay = document.body.appendChild(document.createElement('div'));
      const input = overlay.appendChild(document.createElement('input'));
      const { restore } = captureFocusReturn(document);
      input.focus();
      restore(overlay);
      expect(opener).toHaveFocus();
      overlay.remove();
    });

    it('given the opener sat in a tab panel that was hidden, goes to the selected tab', () => {
      const { rerender } = render(<Tabs selected="a" />);
      const opener = screen.getByRole('button', { name: 'Edit A' });
      opener.focus();
      const { restore } = captureFocusReturn(document);
      opener.blur();
      rerender(<Tabs selected="b" />);
      restore(document.createElement('div'));
      expect(screen.getByRole('tab', { name: 'B' })).toHaveFocus();
    });

    it('given the opener was removed, goes to the nearest remaining ancestor, never <body>', () => {
      const { rerender } = render(<List rows={['a', 'b']} />);
      const opener = screen.getByRole('button', { name: 'Delete a' });
      opener.focus();
      const { restore } = captureFocusReturn(document);
      rerender(<List rows={['b']} />);
      expect(document.activeElement).toBe(document.body);
      restore(document.createElement('div'));
      expect(screen.getByRole('button', { name: 'Delete b' })).toHaveFocus();
    });

    it('given the opener is removed right after the overlay closes, looks again once it is gone', async () => {
      render(<List rows={['a', 'b']} />);
      const opener = screen.getByRole('button', { name: 'Delete a' });
      opener.focus();
      const { restore } = captureFocusReturn(document);
      const overlay = document.body.appendChild(document.createElement('div'));
      overlay.appendChild(document.createElement('input')).focus();
      // The overlay closes first (its cleanup runs while the opener is still in the page),
      // then the same commit removes the opener, as when a tab panel unmounts.
      restore(overlay);
      overlay.remove();
      expect(opener).toHaveFocus();
      opener.closest('li')?.remove();
      expect(document.activeElement).toBe(document.body);
      await Promise.resolve();
      expect(screen.getByRole('button', { name: 'Delete b' })).toHaveFocus();
    });

    it('leaves focus alone when the user already moved it outside the overlay', () => {
      render(
        <>
          <button type="button">Open</button>
          <input aria-label="Elsewhere" />
        </>,
      );
      screen.getByRole('button').focus();
      const { restore } = captureFocusReturn(document);
      screen.getByRole('textbox').focus();
      restore(document.createElement('div'));
      expect(screen.getByRole('textbox')).toHaveFocus();
    });

    it('given an anchor, returns there rather than to what had focus', () => {
      render(
        <>
          <button type="button">Anchor</button>
          <button type="button">Focused</button>
        </>,
      );
      screen.getByRole('button', { name: 'Focused' }).focus();
      const overlay = document.body.appendChild(document.createElement('div'));
      const input = overlay.appendChild(document.createElement('input'));
      const { opener, restore } = captureFocusReturn(
        document,
        screen.getByRole('button', { name: 'Anchor' }),
      );
      expect(opener).toBe(screen.getByRole('button', { name: 'Anchor' }));
      input.focus();
      restore(overlay);
      expect(screen.getByRole('button', { name: 'Anchor' })).toHaveFocus();
      overlay.remove();
    });

    it('acts once: a second restore (closing starts, then the element goes) changes nothing', () => {
      render(
        <>
          <button type="button">Open</button>
          <input aria-label="Elsewhere" />
        </>,
      );
      screen.getByRole('button').focus();
      const overlay = document.body.appendChild(document.createElement('div'));
      const input = overlay.appendChild(document.createElement('input'));
      const { restore } = captureFocusReturn(document);
      input.focus();
      restore(overlay);
      expect(screen.getByRole('button')).toHaveFocus();
      input.focus();
      restore(overlay);
      expect(input).toHaveFocus();
      overlay.remove();
    });

    it('returns null when nothing reachable is left', () => {
      expect(focusReturnTarget(null, [])).toBeNull();
    });
  });

  describe('wrapTab', () => {
    it('wraps Tab from the last element to the first, and Shift+Tab back', () => {
      render(
        <div data-testid="dialog">
          <button type="button">First</button>
          <button type="button">Last</button>
        </div>,
      );
      const dialog = screen.getByTestId('dialog');
      const [first, last] = screen.getAllByRole('button');
      last!.focus();
      const tab = new KeyboardEvent('keydown', { key: 'Tab', cancelable: true });
      expect(wrapTab(tab, dialog)).toBe(true);
      expect(tab.defaultPrevented).toBe(true);
      expect(first).toHaveFocus();
      expect(wrapTab(new KeyboardEvent('keydown', { key: 'Tab', shiftKey: true }), dialog)).toBe(
        true,
      );
      expect(last).toHaveFocus();
      // In the middle, Tab is left to the browser.
      first!.focus();
      expect(wrapTab(new KeyboardEvent('keydown', { key: 'Tab' }), dialog)).toBe(false);
    });
  });
});

function Tabs({ selected }: { selected: 'a' | 'b' }) {
  return (
    <div>
      <div role="tablist">
        <button
          type="button"
          role="tab"
          aria-selected={selected === 'a'}
          tabIndex={selected === 'a' ? 0 : -1}
        >
          A
        </button>
        <button
          type="button"
          role="tab"
          aria-selected={selected === 'b'}
          tabIndex={selected === 'b' ? 0 : -1}
        >
          B
        </button>
      </div>
      <div role="tabpanel" hidden={selected !== 'a'}>
        <button type="button">Edit A</button>
      </div>
      <div role="tabpanel" hidden={selected !== 'b'}>
        <p>Panel B</p>
      </div>
    </div>
  );
}

function List({ rows }: { rows: string[] }) {
  return (
    <ul>
      {rows.map((row) => (
        <li key={row}>
          <button type="button">{`Delete ${row}`}</button>
        </li>
      ))}
    </ul>
  );
}
