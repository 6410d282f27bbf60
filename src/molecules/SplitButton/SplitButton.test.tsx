import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SplitButton } from '.';

const active = () => document.activeElement;

describe('SplitButton', () => {
  it('SplitButton runs its action and opens its named menu', async () => {
    const onClick = vi.fn();
    const onAction = vi.fn();
    render(
      <SplitButton
        onClick={onClick}
        items={[{ value: 'copy', label: 'Save a copy' }]}
        onAction={onAction}
        menuLabel="More save options"
        variant="secondary"
      >
        Save
      </SplitButton>,
    );
    expect(screen.getByRole('group')).toHaveAttribute('data-variant', 'secondary');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onClick).toHaveBeenCalledTimes(1);
    const more = screen.getByRole('button', { name: 'More save options' });
    expect(more).toHaveAttribute('aria-haspopup', 'menu');
    await userEvent.click(more);
    await userEvent.click(screen.getByRole('menuitem', { name: 'Save a copy' }));
    expect(onAction).toHaveBeenCalledWith('copy');
    expect(active()).toBe(more);
  });

  it('opens its menu with ArrowDown, and is disabled whole', async () => {
    const { rerender } = render(
      <SplitButton items={[{ value: 'copy', label: 'Save a copy' }]} menuLabel="More save options">
        Save
      </SplitButton>,
    );
    screen.getByRole('button', { name: 'More save options' }).focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(active()).toBe(screen.getByRole('menuitem', { name: 'Save a copy' }));
    await userEvent.keyboard('{Escape}');
    rerender(
      <SplitButton items={[]} menuLabel="More save options" disabled>
        Save
      </SplitButton>,
    );
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'More save options' })).toBeDisabled();
  });

  it('its menu button, disabled, opens nothing, even on a key that reaches it', async () => {
    render(
      <SplitButton
        items={[{ value: 'copy', label: 'Save a copy' }]}
        menuLabel="More save options"
        disabled
      >
        Save
      </SplitButton>,
    );
    const more = screen.getByRole('button', { name: 'More save options' });
    // A browser that keeps focus on a button disabled under it still sends it the keys.
    for (const key of ['ArrowDown', 'ArrowUp']) {
      fireEvent.keyDown(more, { key });
      expect(screen.queryByRole('menu'), key).toBeNull();
    }
    await userEvent.click(more);
    expect(more).toHaveAttribute('aria-expanded', 'false');
  });

  it('loading busies the action only: its menu still opens by press and by key', async () => {
    const onClick = vi.fn();
    render(
      <SplitButton
        items={[{ value: 'copy', label: 'Save a copy' }]}
        menuLabel="More save options"
        onClick={onClick}
        loading
      >
        Save
      </SplitButton>,
    );
    const save = screen.getByRole('button', { name: 'Save' });
    await userEvent.click(save);
    await userEvent.keyboard('{ArrowDown}');
    expect(onClick).not.toHaveBeenCalled();
    expect(save).toHaveAttribute('aria-disabled', 'true');
    expect(screen.queryByRole('menu')).toBeNull();
    const more = screen.getByRole('button', { name: 'More save options' });
    await userEvent.click(more);
    expect(screen.getByRole('menu')).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    await userEvent.keyboard('{ArrowDown}');
    expect(active()).toBe(screen.getByRole('menuitem', { name: 'Save a copy' }));
  });
});
