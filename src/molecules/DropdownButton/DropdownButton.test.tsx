import { render, screen } from '@testing-library/react';
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
});
