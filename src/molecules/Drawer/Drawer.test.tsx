import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { Button } from '../../atoms/Button';
import { TextField } from '../../atoms/TextField';
import { DialogTrigger } from '../Dialog';
import { Drawer } from './Drawer';

function Filters(props: Partial<Parameters<typeof Drawer>[0]>) {
  return (
    <>
      <DialogTrigger>
        <Button>Filters</Button>
        <Drawer title="Filters" footer={<Button>Apply</Button>} {...props}>
          <TextField label="Keyword" />
        </Drawer>
      </DialogTrigger>
      <input aria-label="Page search" />
    </>
  );
}

describe('Drawer', () => {
  describe('modal (default)', () => {
    it('opens from its trigger as a named dialog, focus on the first field, at the end side', async () => {
      render(<Filters />);
      await userEvent.click(screen.getByRole('button', { name: 'Filters' }));
      const drawer = screen.getByRole('dialog', { name: 'Filters' });
      expect(drawer).toHaveClass('cal-drawer');
      expect(drawer).not.toHaveAttribute('data-side');
      expect(drawer).not.toHaveAttribute('data-modal');
      expect(screen.getByRole('textbox', { name: 'Keyword' })).toHaveFocus();
    });

    it('closes on Escape, on the close button and on an outside press, returning focus', async () => {
      render(<Filters />);
      const trigger = screen.getByRole('button', { name: 'Filters' });
      await userEvent.click(trigger);
      await userEvent.keyboard('{Escape}');
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(trigger).toHaveFocus();
      await userEvent.click(trigger);
      await userEvent.click(screen.getByRole('button', { name: 'Close' }));
      expect(screen.queryByRole('dialog')).toBeNull();
      await userEvent.click(trigger);
      await userEvent.click(document.body);
      expect(screen.queryByRole('dialog')).toBeNull();
    });

    it('returns focus to its trigger when the press did not focus it (Safari, macOS Firefox)', async () => {
      render(
        <DialogTrigger>
          {/* Safari does not focus a button it clicks; a prevented mousedown does the same. */}
          <Button onMouseDown={(event) => event.preventDefault()}>Filters</Button>
          <Drawer title="Filters">
            <TextField label="Keyword" />
          </Drawer>
        </DialogTrigger>,
      );
      const trigger = screen.getByRole('button', { name: 'Filters' });
      await userEvent.click(trigger);
      expect(screen.getByRole('textbox', { name: 'Keyword' })).toHaveFocus();
      await userEvent.keyboard('{Escape}');
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(trigger).toHaveFocus();
    });

    it('locks page scroll while open', async () => {
      render(<Filters />);
      await userEvent.click(screen.getByRole('button', { name: 'Filters' }));
      expect(document.documentElement.style.overflow).toBe('hidden');
      await userEvent.keyboard('{Escape}');
      expect(document.documentElement.style.overflow).toBe('');
    });

    it('writes side and size as data attributes when not the defaults', () => {
      render(<Drawer title="Menu" side="start" size="lg" defaultOpen />);
      const drawer = screen.getByRole('dialog');
      expect(drawer).toHaveAttribute('data-side', 'start');
      expect(drawer).toHaveAttribute('data-size', 'lg');
    });
  });

  describe('non-modal', () => {
    it('leaves the page usable: no scroll lock, an outside press keeps it open', async () => {
      render(<Filters modal={false} />);
      await userEvent.click(screen.getByRole('button', { name: 'Filters' }));
      const drawer = screen.getByRole('dialog');
      expect(drawer).toHaveAttribute('data-modal', 'false');
      expect(document.documentElement.style.overflow).toBe('');
      await userEvent.click(screen.getByRole('textbox', { name: 'Page search' }));
      expect(screen.getByRole('dialog')).toBeInTheDocument();
      expect(screen.getByRole('textbox', { name: 'Page search' })).toHaveFocus();
    });

    it('closes on Escape only while focus is inside it', async () => {
      render(<Filters modal={false} />);
      await userEvent.click(screen.getByRole('button', { name: 'Filters' }));
      await userEvent.click(screen.getByRole('textbox', { name: 'Page search' }));
      await userEvent.keyboard('{Escape}');
      expect(screen.getByRole('dialog')).toBeInTheDocument();
      await userEvent.click(screen.getByRole('textbox', { name: 'Keyword' }));
      await userEvent.keyboard('{Escape}');
      expect(screen.queryByRole('dialog')).toBeNull();
    });

    it('does not keep Tab inside', async () => {
      render(<Filters modal={false} />);
      await userEvent.click(screen.getByRole('button', { name: 'Filters' }));
      await userEvent.click(screen.getByRole('button', { name: 'Apply' }));
      await userEvent.tab();
      expect(screen.getByRole('dialog')).not.toContainElement(
        document.activeElement as HTMLElement,
      );
    });
  });

  describe('given bad input', () => {
    it('reports a drawer with no name', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(<Drawer defaultOpen />);
      expect(error).toHaveBeenCalledWith(
        expect.stringContaining('[Callicrates] Drawer: a dialog needs an accessible name'),
      );
      error.mockRestore();
    });
  });

  describe('on the server', () => {
    it('renders only its trigger', () => {
      const html = renderToString(<Filters defaultOpen />);
      expect(html).toContain('Filters');
      expect(html).not.toContain('<dialog');
    });
  });
});
