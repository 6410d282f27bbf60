import { fireEvent, render, screen } from '@testing-library/react';
import type { KeyboardEvent } from 'react';
import { describe, expect, it } from 'vitest';
import { moveFocus, targetIndex, type RovingOptions } from './moveFocus';

describe('targetIndex', () => {
  const horizontal: RovingOptions = { orientation: 'horizontal' };
  const vertical: RovingOptions = { orientation: 'vertical' };

  describe('given a horizontal widget of 4 items', () => {
    it('moves right and left one item', () => {
      expect(targetIndex('ArrowRight', 1, 4, horizontal)).toBe(2);
      expect(targetIndex('ArrowLeft', 1, 4, horizontal)).toBe(0);
    });

    it('wraps from the last to the first and back', () => {
      expect(targetIndex('ArrowRight', 3, 4, horizontal)).toBe(0);
      expect(targetIndex('ArrowLeft', 0, 4, horizontal)).toBe(3);
    });

    it('goes to the first with Home and the last with End', () => {
      expect(targetIndex('Home', 2, 4, horizontal)).toBe(0);
      expect(targetIndex('End', 1, 4, horizontal)).toBe(3);
    });

    it('ignores Up and Down, and every other key', () => {
      expect(targetIndex('ArrowDown', 1, 4, horizontal)).toBeNull();
      expect(targetIndex('ArrowUp', 1, 4, horizontal)).toBeNull();
      expect(targetIndex('a', 1, 4, horizontal)).toBeNull();
    });

    it('mirrors Left and Right in right-to-left text', () => {
      expect(targetIndex('ArrowLeft', 1, 4, horizontal, true)).toBe(2);
      expect(targetIndex('ArrowRight', 1, 4, horizontal, true)).toBe(0);
      expect(targetIndex('ArrowRight', 0, 4, horizontal, true)).toBe(3);
    });
  });

  describe('given a vertical widget', () => {
    it('moves with Down and Up, never with Left and Right', () => {
      expect(targetIndex('ArrowDown', 0, 3, vertical)).toBe(1);
      expect(targetIndex('ArrowUp', 0, 3, vertical)).toBe(2);
      expect(targetIndex('ArrowRight', 0, 3, vertical)).toBeNull();
    });

    it('does not mirror Up and Down in right-to-left text', () => {
      expect(targetIndex('ArrowDown', 0, 3, vertical, true)).toBe(1);
    });
  });

  it('has nowhere to go in an empty widget', () => {
    expect(targetIndex('Home', -1, 0, horizontal)).toBeNull();
  });
});

describe('moveFocus', () => {
  function Toolbar({ dir, options }: { dir?: 'rtl'; options: RovingOptions }) {
    const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
      const items = Array.from(event.currentTarget.querySelectorAll('button'));
      const moved = moveFocus(event, items, options);
      event.currentTarget.dataset.moved = moved ? moved.textContent! : 'none';
    };
    return (
      <div dir={dir}>
        <div data-testid="widget" role="toolbar" aria-label="Tools" onKeyDown={onKeyDown}>
          <button type="button">One</button>
          <button type="button">Two</button>
          <button type="button">Three</button>
        </div>
      </div>
    );
  }

  describe('given focus on an item', () => {
    it('focuses the target, returns it and prevents the page from scrolling', () => {
      render(<Toolbar options={{ orientation: 'horizontal' }} />);
      screen.getByRole('button', { name: 'One' }).focus();
      const notCancelled = fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
      expect(screen.getByRole('button', { name: 'Two' })).toHaveFocus();
      expect(notCancelled).toBe(false);
      expect(screen.getByTestId('widget').dataset.moved).toBe('Two');
    });

    it('reads the direction from the widget: Left goes forwards inside dir="rtl"', () => {
      render(<Toolbar dir="rtl" options={{ orientation: 'horizontal' }} />);
      screen.getByRole('button', { name: 'One' }).focus();
      fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
      expect(screen.getByRole('button', { name: 'Two' })).toHaveFocus();
    });
  });

  describe('when the key is not its business', () => {
    it.each([
      ['a modifier is held', { key: 'ArrowRight', ctrlKey: true }],
      ['Shift is held (selection in some widgets)', { key: 'ArrowRight', shiftKey: true }],
      ['the key is another one', { key: 'Enter' }],
    ])('does nothing when %s', (_case, init) => {
      render(<Toolbar options={{ orientation: 'horizontal' }} />);
      screen.getByRole('button', { name: 'One' }).focus();
      const notCancelled = fireEvent.keyDown(document.activeElement!, init);
      expect(screen.getByRole('button', { name: 'One' })).toHaveFocus();
      expect(notCancelled).toBe(true);
      expect(screen.getByTestId('widget').dataset.moved).toBe('none');
    });

    it('does nothing for a key an inner control already handled', () => {
      render(<Toolbar options={{ orientation: 'horizontal' }} />);
      const one = screen.getByRole('button', { name: 'One' });
      one.addEventListener('keydown', (event) => event.preventDefault());
      one.focus();
      fireEvent.keyDown(one, { key: 'ArrowRight' });
      expect(one).toHaveFocus();
    });

    it('does nothing when focus is inside the widget but on no item', () => {
      render(<Toolbar options={{ orientation: 'horizontal' }} />);
      const widget = screen.getByTestId('widget');
      widget.tabIndex = -1;
      widget.focus();
      fireEvent.keyDown(widget, { key: 'ArrowRight' });
      expect(widget).toHaveFocus();
    });
  });
});
