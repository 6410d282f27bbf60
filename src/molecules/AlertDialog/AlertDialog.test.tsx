import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { Button } from '../../atoms/Button';
import { DialogTrigger } from '../Dialog';
import { AlertDialog } from './AlertDialog';

function DeleteFiles(props: Partial<Parameters<typeof AlertDialog>[0]>) {
  return (
    <DialogTrigger>
      <Button variant="danger">Delete</Button>
      <AlertDialog title="Delete 3 files?" confirmLabel="Delete files" variant="danger" {...props}>
        The files are removed for everyone. This cannot be undone.
      </AlertDialog>
    </DialogTrigger>
  );
}

describe('AlertDialog', () => {
  describe('when opened', () => {
    it('is an alertdialog named by its title and described by its message', async () => {
      render(<DeleteFiles />);
      await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
      const dialog = screen.getByRole('alertdialog', { name: 'Delete 3 files?' });
      expect(dialog).toHaveAccessibleDescription(
        'The files are removed for everyone. This cannot be undone.',
      );
      expect(dialog).toHaveAttribute('data-variant', 'danger');
    });

    it('focuses Cancel, the least destructive action', async () => {
      render(<DeleteFiles />);
      await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
      expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    });

    it('focuses Cancel without passing focus through a field in the message', () => {
      // What browsers do in showModal(): focus the first `[autofocus]` element inside.
      const proto = HTMLDialogElement.prototype as Partial<HTMLDialogElement>;
      proto.showModal = function (this: HTMLDialogElement) {
        this.setAttribute('open', '');
        this.querySelector<HTMLElement>('[autofocus]')?.focus();
      };
      onTestFinished(() => {
        delete proto.showModal;
      });
      const onFocus = vi.fn();
      const onBlur = vi.fn();
      render(
        <AlertDialog title="Delete the project?" confirmLabel="Delete project" defaultOpen>
          <label>
            Type DELETE to confirm
            <input onFocus={onFocus} onBlur={onBlur} />
          </label>
        </AlertDialog>,
      );
      expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
      expect(onFocus).not.toHaveBeenCalled();
      expect(onBlur).not.toHaveBeenCalled();
    });

    it('has no close button: Cancel is the way out', async () => {
      render(<DeleteFiles />);
      await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
      expect(screen.queryByRole('button', { name: 'Close' })).toBeNull();
    });
  });

  describe('dismissal', () => {
    it('closes on Escape and returns focus to the trigger', async () => {
      const onConfirm = vi.fn();
      render(<DeleteFiles onConfirm={onConfirm} />);
      await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
      await userEvent.keyboard('{Escape}');
      expect(screen.queryByRole('alertdialog')).toBeNull();
      expect(onConfirm).not.toHaveBeenCalled();
      expect(screen.getByRole('button', { name: 'Delete' })).toHaveFocus();
    });

    it('ignores a press outside it', async () => {
      render(<DeleteFiles />);
      await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
      await userEvent.click(document.body);
      expect(screen.getByRole('alertdialog')).toBeInTheDocument();
    });

    it('closes on Cancel without confirming', async () => {
      const onConfirm = vi.fn();
      const onOpenChange = vi.fn();
      render(
        <AlertDialog
          title="Discard draft?"
          confirmLabel="Discard"
          defaultOpen
          onConfirm={onConfirm}
          onOpenChange={onOpenChange}
        />,
      );
      await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
      expect(onOpenChange).toHaveBeenCalledWith(false);
      expect(onConfirm).not.toHaveBeenCalled();
    });
  });

  describe('confirming', () => {
    it('runs onConfirm and closes, by mouse and by keyboard', async () => {
      const onConfirm = vi.fn();
      render(<DeleteFiles onConfirm={onConfirm} />);
      await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
      await userEvent.tab();
      expect(screen.getByRole('button', { name: 'Delete files' })).toHaveFocus();
      await userEvent.keyboard('{Enter}');
      expect(onConfirm).toHaveBeenCalledTimes(1);
      expect(screen.queryByRole('alertdialog')).toBeNull();
    });

    it('waits for a promise, showing loading, and stays open when it rejects', async () => {
      let reject: (reason: Error) => void = () => {};
      const onConfirm = vi.fn(
        () =>
          new Promise<void>((_, fail) => {
            reject = fail;
          }),
      );
      render(<DeleteFiles onConfirm={onConfirm} loadingLabel="Deleting" />);
      await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
      await userEvent.click(screen.getByRole('button', { name: 'Delete files' }));
      expect(screen.getByRole('button', { name: 'Delete files' })).toHaveAttribute(
        'aria-busy',
        'true',
      );
      expect(screen.getByRole('status')).toHaveTextContent('Deleting');
      reject(new Error('offline'));
      await waitFor(() =>
        expect(screen.getByRole('button', { name: 'Delete files' })).not.toHaveAttribute(
          'aria-busy',
        ),
      );
      expect(screen.getByRole('alertdialog')).toBeInTheDocument();
    });

    it('abandons a pending confirmation when closed: the next opening starts ready', async () => {
      const onConfirm = vi.fn(() => new Promise<void>(() => {}));
      render(<DeleteFiles onConfirm={onConfirm} />);
      await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
      await userEvent.click(screen.getByRole('button', { name: 'Delete files' }));
      expect(screen.getByRole('button', { name: 'Delete files' })).toHaveAttribute('aria-busy');
      await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
      expect(screen.queryByRole('alertdialog')).toBeNull();
      await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
      const confirm = screen.getByRole('button', { name: 'Delete files' });
      expect(confirm).not.toHaveAttribute('aria-busy');
      expect(screen.getByRole('status')).toBeEmptyDOMElement();
      await userEvent.click(confirm);
      expect(onConfirm).toHaveBeenCalledTimes(2);
      expect(confirm).toHaveAttribute('aria-busy', 'true');
    });

    it('lets an abandoned confirmation settle late without closing or changing the next opening', async () => {
      const settle: Array<{ resolve: () => void; reject: (reason: Error) => void }> = [];
      const onConfirm = vi.fn(
        () => new Promise<void>((resolve, reject) => settle.push({ resolve, reject })),
      );
      const onOpenChange = vi.fn();
      render(<DeleteFiles onConfirm={onConfirm} onOpenChange={onOpenChange} />);
      await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
      await userEvent.click(screen.getByRole('button', { name: 'Delete files' }));
      await userEvent.keyboard('{Escape}');
      expect(screen.queryByRole('alertdialog')).toBeNull();
      // Opened again, and confirmed again: this confirmation is pending now.
      await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
      await userEvent.click(screen.getByRole('button', { name: 'Delete files' }));
      onOpenChange.mockClear();
      await act(async () => settle[0]?.resolve());
      expect(screen.getByRole('alertdialog')).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Delete files' })).toHaveAttribute(
        'aria-busy',
        'true',
      );
      expect(onOpenChange).not.toHaveBeenCalled();
      // The current one still decides.
      await act(async () => settle[1]?.resolve());
      expect(screen.queryByRole('alertdialog')).toBeNull();
      expect(onOpenChange).toHaveBeenCalledExactlyOnceWith(false);
    });

    it('lets an abandoned confirmation fail late without changing the next opening', async () => {
      const settle: Array<(reason: Error) => void> = [];
      const onConfirm = vi.fn(() => new Promise<void>((_, reject) => settle.push(reject)));
      render(<DeleteFiles onConfirm={onConfirm} />);
      await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
      await userEvent.click(screen.getByRole('button', { name: 'Delete files' }));
      await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
      await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
      await userEvent.click(screen.getByRole('button', { name: 'Delete files' }));
      await act(async () => settle[0]?.(new Error('offline')));
      expect(screen.getByRole('button', { name: 'Delete files' })).toHaveAttribute(
        'aria-busy',
        'true',
      );
    });

    it('closes when the promise resolves', async () => {
      const onConfirm = vi.fn(() => Promise.resolve());
      render(<DeleteFiles onConfirm={onConfirm} />);
      await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
      await userEvent.click(screen.getByRole('button', { name: 'Delete files' }));
      await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    });
  });

  describe('given bad input', () => {
    it('reports a missing confirmLabel, and still renders', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(<AlertDialog title="Sure?" confirmLabel="" defaultOpen />);
      expect(screen.getByRole('alertdialog')).toBeInTheDocument();
      expect(error).toHaveBeenCalledWith(
        expect.stringContaining('[Callicrates] AlertDialog: `confirmLabel` is required'),
      );
      error.mockRestore();
    });
  });

  describe('on the server', () => {
    it('renders only the trigger', () => {
      const html = renderToString(<DeleteFiles />);
      expect(html).toContain('Delete');
      expect(html).not.toContain('alertdialog');
    });
  });
});
