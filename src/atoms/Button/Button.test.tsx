import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { Button } from './Button';

describe('Button', () => {
  describe('given a label', () => {
    it('fires onClick on mouse click, Enter and Space', async () => {
      const onClick = vi.fn();
      render(<Button onClick={onClick}>Save</Button>);
      const button = screen.getByRole('button', { name: 'Save' });
      await userEvent.click(button);
      button.focus();
      await userEvent.keyboard('{Enter}');
      await userEvent.keyboard(' ');
      expect(onClick).toHaveBeenCalledTimes(3);
    });

    it('exposes variant and size as data attributes, writing none for the defaults', () => {
      render(<Button>Save</Button>);
      const button = screen.getByRole('button');
      expect(button).not.toHaveAttribute('data-variant');
      expect(button).not.toHaveAttribute('data-size');
      render(
        <Button variant="primary" size="md">
          Keep
        </Button>,
      );
      expect(screen.getByRole('button', { name: 'Keep' })).not.toHaveAttribute('data-variant');
      render(
        <Button variant="danger" size="lg">
          Delete
        </Button>,
      );
      const destructive = screen.getByRole('button', { name: 'Delete' });
      expect(destructive).toHaveAttribute('data-variant', 'danger');
      expect(destructive).toHaveAttribute('data-size', 'lg');
    });

    it('passes native props through and merges className', () => {
      render(
        <Button className="mine" data-testid="b" title="Tip" form="f" name="intent" value="save">
          Save
        </Button>,
      );
      const button = screen.getByTestId('b');
      expect(button).toHaveClass('mine');
      expect(button.className).toMatch(/cal-/);
      expect(button).toHaveAttribute('title', 'Tip');
      expect(button).toHaveAttribute('form', 'f');
      expect(button).toHaveAttribute('value', 'save');
    });

    it('forwards the ref to the native <button>', () => {
      const ref = createRef<HTMLButtonElement>();
      render(<Button ref={ref}>Save</Button>);
      expect(ref.current).toBeInstanceOf(HTMLButtonElement);
    });
  });

  describe('in a form', () => {
    it('does not submit by default, submits as type="submit" with its name and value', async () => {
      const onSubmit = vi.fn((event: SubmitEvent) => {
        event.preventDefault();
        return new FormData(event.target as HTMLFormElement, event.submitter);
      });
      render(
        <form onSubmit={(event) => onSubmit(event.nativeEvent as SubmitEvent)}>
          <Button>Preview</Button>
          <Button type="submit" name="intent" value="publish">
            Publish
          </Button>
        </form>,
      );
      await userEvent.click(screen.getByRole('button', { name: 'Preview' }));
      expect(onSubmit).not.toHaveBeenCalled();
      await userEvent.click(screen.getByRole('button', { name: 'Publish' }));
      expect(onSubmit).toHaveBeenCalledTimes(1);
      expect(onSubmit.mock.results[0]?.value.get('intent')).toBe('publish');
    });
  });

  describe('when disabled', () => {
    it('ignores clicks and is disabled natively', async () => {
      const onClick = vi.fn();
      render(
        <Button disabled onClick={onClick}>
          Save
        </Button>,
      );
      await userEvent.click(screen.getByRole('button'), { pointerEventsCheck: 0 });
      expect(onClick).not.toHaveBeenCalled();
      expect(screen.getByRole('button')).toBeDisabled();
    });
  });

  describe('when loading', () => {
    it('stays focusable, announces busy and ignores activation', async () => {
      const onClick = vi.fn();
      const { rerender } = render(
        <Button loading={false} onClick={onClick}>
          Save
        </Button>,
      );
      expect(screen.getByRole('status')).toBeEmptyDOMElement();
      rerender(
        <Button loading onClick={onClick}>
          Save
        </Button>,
      );
      const button = screen.getByRole('button', { name: 'Save' });
      expect(button).toHaveAttribute('aria-busy', 'true');
      expect(button).toHaveAttribute('aria-disabled', 'true');
      expect(button).not.toBeDisabled();
      expect(screen.getByRole('status')).toHaveTextContent('Loading');
      await userEvent.click(button);
      button.focus();
      await userEvent.keyboard('{Enter}');
      expect(onClick).not.toHaveBeenCalled();
    });

    it('keeps the same button, and its focus, when a live region is added for loading', () => {
      const { rerender } = render(<Button>Save</Button>);
      const button = screen.getByRole('button', { name: 'Save' });
      button.focus();
      rerender(<Button loading>Save</Button>);
      expect(screen.getByRole('button', { name: 'Save' })).toBe(button);
      expect(button).toHaveFocus();
      expect(screen.getByRole('status')).toHaveTextContent('Loading');
      rerender(<Button>Save</Button>);
      expect(screen.getByRole('button', { name: 'Save' })).toBe(button);
      expect(button).toHaveFocus();
    });

    it('takes a custom loading label', () => {
      render(
        <Button loading loadingLabel="Saving…">
          Save
        </Button>,
      );
      expect(screen.getByRole('status')).toHaveTextContent('Saving…');
    });

    it('adds no live region to a button that never loads', () => {
      render(<Button>Save</Button>);
      expect(screen.queryByRole('status')).toBeNull();
    });
  });

  describe('with href', () => {
    it('renders a link with the ref on the <a>', () => {
      const ref = createRef<HTMLAnchorElement>();
      render(
        <Button href="/docs" ref={ref} target="_blank" rel="noreferrer">
          Docs
        </Button>,
      );
      const link = screen.getByRole('link', { name: 'Docs' });
      expect(link).toHaveAttribute('href', '/docs');
      expect(link).toHaveAttribute('target', '_blank');
      expect(ref.current).toBe(link);
    });

    it('drops the href when disabled, so it cannot be followed', async () => {
      const onClick = vi.fn();
      render(
        <Button href="/docs" disabled onClick={onClick}>
          Docs
        </Button>,
      );
      const link = screen.getByRole('link', { name: 'Docs' });
      expect(link).not.toHaveAttribute('href');
      expect(link).toHaveAttribute('aria-disabled', 'true');
      await userEvent.click(link);
      expect(onClick).not.toHaveBeenCalled();
    });
  });

  describe('as a toggle', () => {
    it('sets aria-pressed only when pressed is given', () => {
      render(<Button pressed>Bold</Button>);
      expect(screen.getByRole('button', { name: 'Bold' })).toHaveAttribute('aria-pressed', 'true');
      render(<Button>Plain</Button>);
      expect(screen.getByRole('button', { name: 'Plain' })).not.toHaveAttribute('aria-pressed');
    });
  });

  describe('given bad input', () => {
    it('reports a button with no accessible name in development, and still renders', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(<Button startIcon={<svg />} />);
      expect(screen.getByRole('button')).toBeInTheDocument();
      expect(error).toHaveBeenCalledWith(
        expect.stringContaining('[Callicrates] Button: a button needs an accessible name'),
      );
      error.mockRestore();
    });

    it('accepts aria-label as the name of an icon-only button', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(<Button aria-label="Add" startIcon={<svg />} />);
      expect(screen.getByRole('button', { name: 'Add' })).toBeInTheDocument();
      expect(error).not.toHaveBeenCalled();
      error.mockRestore();
    });
  });

  describe('on the server', () => {
    it('renders to a string with its class and data attributes', () => {
      const html = renderToString(<Button variant="secondary">Save</Button>);
      expect(html).toMatch(/^<button[^>]*type="button"/);
      expect(html).toContain('data-variant="secondary"');
      expect(html).toMatch(/class="cal-button"/);
    });

    it('renders a default button as little more than the native element', () => {
      expect(renderToString(<Button>Save</Button>)).toBe(
        '<button class="cal-button" type="button">Save</button>',
      );
    });
  });
});
