import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { XIcon } from '../Icon';
import { IconButton } from './IconButton';

describe('IconButton', () => {
  describe('given a label and an icon', () => {
    it('is a button named by the label, with a decorative icon', () => {
      render(<IconButton label="Close dialog" icon={<XIcon />} />);
      const button = screen.getByRole('button', { name: 'Close dialog' });
      expect(button).toHaveAttribute('aria-label', 'Close dialog');
      expect(button).toHaveAttribute('type', 'button');
      expect(button).not.toHaveAttribute('title');
      expect(button.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
      expect(button).toHaveTextContent('');
    });

    it('is square and tertiary by default, and takes the Button variants and sizes', () => {
      render(
        <>
          <IconButton label="A" icon={<XIcon />} />
          <IconButton label="B" icon={<XIcon />} variant="danger" size="lg" />
        </>,
      );
      const a = screen.getByRole('button', { name: 'A' });
      expect(a).toHaveAttribute('data-shape', 'square');
      // IconButton's attributes are Button's: tertiary is not Button's default, md is.
      expect(a).toHaveAttribute('data-variant', 'tertiary');
      expect(a).not.toHaveAttribute('data-size');
      const b = screen.getByRole('button', { name: 'B' });
      expect(b).toHaveAttribute('data-variant', 'danger');
      expect(b).toHaveAttribute('data-size', 'lg');
    });

    it('fires onClick on mouse click, Enter and Space, and takes focus by Tab', async () => {
      const onClick = vi.fn();
      render(<IconButton label="Close" icon={<XIcon />} onClick={onClick} />);
      const button = screen.getByRole('button', { name: 'Close' });
      await userEvent.click(button);
      button.blur();
      await userEvent.tab();
      expect(button).toHaveFocus();
      await userEvent.keyboard('{Enter}');
      await userEvent.keyboard(' ');
      expect(onClick).toHaveBeenCalledTimes(3);
    });

    it('forwards the ref to the native <button> and passes native props through', () => {
      const ref = createRef<HTMLButtonElement>();
      render(
        <IconButton
          ref={ref}
          label="Close"
          icon={<XIcon />}
          className="mine"
          data-testid="x"
          aria-describedby="hint"
          name="intent"
          value="close"
        />,
      );
      const button = screen.getByTestId('x');
      expect(ref.current).toBe(button);
      expect(button).toBeInstanceOf(HTMLButtonElement);
      expect(button).toHaveClass('mine');
      expect(button).toHaveClass('cal-button');
      expect(button).toHaveClass('cal-icon-button');
      expect(button).toHaveAttribute('aria-describedby', 'hint');
      expect(button).toHaveAttribute('value', 'close');
    });
  });

  describe('as a toggle', () => {
    it('reflects pressed in aria-pressed and data-pressed', async () => {
      const onClick = vi.fn();
      const { rerender } = render(
        <IconButton label="Bold" icon={<XIcon />} pressed={false} onClick={onClick} />,
      );
      const button = screen.getByRole('button', { name: 'Bold' });
      expect(button).toHaveAttribute('aria-pressed', 'false');
      await userEvent.click(button);
      expect(onClick).toHaveBeenCalledTimes(1);
      rerender(<IconButton label="Bold" icon={<XIcon />} pressed onClick={onClick} />);
      expect(button).toHaveAttribute('aria-pressed', 'true');
      expect(button).toHaveAttribute('data-pressed');
    });
  });

  describe('when loading', () => {
    it('keeps its name and focus, announces busy and ignores activation', async () => {
      const onClick = vi.fn();
      render(<IconButton label="Refresh" icon={<XIcon />} loading onClick={onClick} />);
      const button = screen.getByRole('button', { name: 'Refresh' });
      expect(button).toHaveAttribute('aria-busy', 'true');
      expect(button).not.toBeDisabled();
      expect(screen.getByRole('status')).toHaveTextContent('Loading');
      await userEvent.click(button);
      expect(onClick).not.toHaveBeenCalled();
    });
  });

  describe('when disabled', () => {
    it('is natively disabled and ignores clicks', async () => {
      const onClick = vi.fn();
      render(<IconButton label="Delete" icon={<XIcon />} disabled onClick={onClick} />);
      const button = screen.getByRole('button', { name: 'Delete' });
      expect(button).toBeDisabled();
      await userEvent.click(button, { pointerEventsCheck: 0 });
      expect(onClick).not.toHaveBeenCalled();
    });
  });

  describe('in a form', () => {
    it('does not submit, unless type="submit" (with its name and value)', async () => {
      const onSubmit = vi.fn((event: SubmitEvent) => {
        event.preventDefault();
        return new FormData(event.target as HTMLFormElement, event.submitter);
      });
      render(
        <form onSubmit={(event) => onSubmit(event.nativeEvent as SubmitEvent)}>
          <IconButton label="Clear" icon={<XIcon />} />
          <IconButton label="Send" icon={<XIcon />} type="submit" name="intent" value="send" />
        </form>,
      );
      await userEvent.click(screen.getByRole('button', { name: 'Clear' }));
      expect(onSubmit).not.toHaveBeenCalled();
      await userEvent.click(screen.getByRole('button', { name: 'Send' }));
      expect(onSubmit).toHaveBeenCalledTimes(1);
      expect(onSubmit.mock.results[0]?.value.get('intent')).toBe('send');
    });
  });

  describe('given bad input', () => {
    it.each([
      ['missing', undefined],
      ['empty', ''],
      ['blank', '  '],
    ])('reports a %s label in development and still renders', (_case, label) => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(<IconButton label={label as unknown as string} icon={<XIcon />} />);
      const button = screen.getByRole('button');
      expect(button).not.toHaveAttribute('aria-label');
      expect(error).toHaveBeenCalledWith(
        expect.stringContaining('[Callicrates] IconButton: `label` is required'),
      );
      // Reported once, by the component the developer wrote: Button does not repeat it.
      expect(error).toHaveBeenCalledTimes(1);
      error.mockRestore();
    });

    it('accepts aria-labelledby instead of a label', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(
        <>
          <span id="l">Close</span>
          <IconButton label="" aria-labelledby="l" icon={<XIcon />} />
        </>,
      );
      expect(screen.getByRole('button', { name: 'Close' })).toBeInTheDocument();
      expect(error).not.toHaveBeenCalledWith(expect.stringContaining('IconButton'));
      error.mockRestore();
    });
  });

  describe('on the server', () => {
    it('renders to a string with its name and shape', () => {
      const html = renderToString(<IconButton label="Close" icon={<XIcon />} />);
      expect(html).toMatch(/^<button[^>]*aria-label="Close"/);
      expect(html).toContain('data-shape="square"');
    });
  });
});
