import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { MenuEntry } from '../Menu';
import { DropdownButton } from '.';

const items: MenuEntry<string>[] = [
  { value: 'cut', label: 'Cut' },
  { value: 'copy', label: 'Copy' },
];
const active = () => document.activeElement;

describe('DropdownButton', () => {
  it('DropdownButton is a Button that opens its menu, ref on the button', async () => {
    const onAction = vi.fn();
    const ref = { current: null as HTMLButtonElement | null };
    render(
      <DropdownButton ref={ref} items={items} onAction={onAction} variant="secondary" size="sm">
        Actions
      </DropdownButton>,
    );
    const button = screen.getByRole('button', { name: 'Actions' });
    expect(ref.current).toBe(button);
    expect(button).toHaveAttribute('data-variant', 'secondary');
    expect(button).toHaveAttribute('aria-haspopup', 'menu');
    button.focus();
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(onAction).toHaveBeenCalledWith('cut');
  });

  it('opens on a press, shows the chevron, closes on Escape back to the button', async () => {
    render(<DropdownButton items={items}>Actions</DropdownButton>);
    const button = screen.getByRole('button', { name: 'Actions' });
    expect(button.querySelectorAll('[data-part="icon"] svg')).toHaveLength(1);
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('menu')).toHaveAccessibleName('Actions');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(active()).toBe(button);
  });

  it('cannot open when disabled', async () => {
    render(
      <DropdownButton items={items} disabled>
        Actions
      </DropdownButton>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Actions' }));
    expect(screen.queryByRole('menu')).toBeNull();
  });

  describe('given a loading or disabled button', () => {
    const keys = ['{ArrowDown}', '{ArrowUp}', '{Enter}', ' '];

    it('a loading button opens nothing by a press or any key, and opens again once loaded', async () => {
      const onOpenChange = vi.fn();
      const { rerender } = render(
        <DropdownButton items={items} loading onOpenChange={onOpenChange}>
          Actions
        </DropdownButton>,
      );
      const button = screen.getByRole('button', { name: 'Actions' });
      await userEvent.click(button);
      expect(active()).toBe(button);
      for (const key of keys) {
        await userEvent.keyboard(key);
        expect(screen.queryByRole('menu'), key).toBeNull();
      }
      expect(button).toHaveAttribute('aria-expanded', 'false');
      expect(onOpenChange).not.toHaveBeenCalled();
      rerender(
        <DropdownButton items={items} loading={false} onOpenChange={onOpenChange}>
          Actions
        </DropdownButton>,
      );
      await userEvent.keyboard('{ArrowUp}');
      expect(active()).toBe(screen.getByRole('menuitem', { name: 'Copy' }));
    });

    it('a disabled button opens nothing, even on a key that reaches it', async () => {
      render(
        <DropdownButton items={items} disabled>
          Actions
        </DropdownButton>,
      );
      const button = screen.getByRole('button', { name: 'Actions' });
      // A browser that keeps focus on a button disabled under it still sends it the keys.
      for (const key of ['ArrowDown', 'ArrowUp']) {
        fireEvent.keyDown(button, { key });
        expect(screen.queryByRole('menu'), key).toBeNull();
      }
      await userEvent.click(button);
      expect(button).toHaveAttribute('aria-expanded', 'false');
    });
  });
});
