import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { Tag } from './Tag';

describe('Tag', () => {
  describe('given only a label', () => {
    it('shows the text and has no buttons', () => {
      render(<Tag label="Design" data-testid="t" />);
      expect(screen.getByTestId('t')).toHaveTextContent('Design');
      expect(screen.queryByRole('button')).toBeNull();
    });

    it('renders a decorative icon or avatar slot before the label', () => {
      render(<Tag label="Ada" avatar={<span data-testid="avatar" />} />);
      const slot = screen.getByTestId('avatar').parentElement;
      expect(slot).toHaveAttribute('data-part', 'avatar');
      expect(slot).toHaveAttribute('aria-hidden', 'true');
    });
  });

  describe('when selectable and uncontrolled', () => {
    it('toggles aria-pressed by mouse, Enter and Space, from defaultSelected', async () => {
      const onSelectedChange = vi.fn();
      render(<Tag label="Open" selectable defaultSelected onSelectedChange={onSelectedChange} />);
      const toggle = screen.getByRole('button', { name: 'Open', pressed: true });
      await userEvent.click(toggle);
      expect(toggle).toHaveAttribute('aria-pressed', 'false');
      expect(toggle.parentElement).not.toHaveAttribute('data-selected');
      await userEvent.keyboard('{Enter}');
      expect(toggle).toHaveAttribute('aria-pressed', 'true');
      expect(toggle.parentElement).toHaveAttribute('data-selected');
      await userEvent.keyboard(' ');
      expect(onSelectedChange.mock.calls).toEqual([[false], [true], [false]]);
    });

    it('takes focus by Tab', async () => {
      render(<Tag label="Open" selectable />);
      await userEvent.tab();
      expect(screen.getByRole('button', { name: 'Open' })).toHaveFocus();
    });
  });

  describe('when selectable and controlled', () => {
    it('shows the given selection and only reports changes', async () => {
      const onSelectedChange = vi.fn();
      const { rerender } = render(
        <Tag label="Open" selectable selected={false} onSelectedChange={onSelectedChange} />,
      );
      const toggle = screen.getByRole('button', { name: 'Open' });
      await userEvent.click(toggle);
      expect(onSelectedChange).toHaveBeenCalledWith(true);
      expect(toggle).toHaveAttribute('aria-pressed', 'false');
      rerender(<Tag label="Open" selectable selected onSelectedChange={onSelectedChange} />);
      expect(toggle).toHaveAttribute('aria-pressed', 'true');
    });

    it('follows state held by the parent, which re-renders on every change', async () => {
      function Filters() {
        const [selected, setSelected] = useState<string[]>([]);
        return (
          <>
            {['Open', 'Closed'].map((label) => (
              <Tag
                key={label}
                label={label}
                selectable
                selected={selected.includes(label)}
                onSelectedChange={(on) =>
                  setSelected((all) => (on ? [...all, label] : all.filter((x) => x !== label)))
                }
              />
            ))}
            <output>{selected.join(',')}</output>
          </>
        );
      }
      render(<Filters />);
      await userEvent.click(screen.getByRole('button', { name: 'Closed' }));
      await userEvent.click(screen.getByRole('button', { name: 'Open' }));
      expect(screen.getByRole('status')).toHaveTextContent('Closed,Open');
      await userEvent.click(screen.getByRole('button', { name: 'Closed' }));
      expect(screen.getByRole('status')).toHaveTextContent(/^Open$/);
    });
  });

  describe('when removable', () => {
    it('has a remove button named after the label that calls onRemove', async () => {
      const onRemove = vi.fn();
      render(<Tag label="Design" removable onRemove={onRemove} />);
      await userEvent.click(screen.getByRole('button', { name: 'Remove Design' }));
      expect(onRemove).toHaveBeenCalledTimes(1);
    });

    it.each(['{Backspace}', '{Delete}'])('removes by %s on the focused tag', async (key) => {
      const onRemove = vi.fn();
      render(
        <>
          <Tag label="Design" removable onRemove={onRemove} />
          <Tag label="Open" selectable removable onRemove={onRemove} />
        </>,
      );
      await userEvent.tab();
      expect(screen.getByRole('button', { name: 'Remove Design' })).toHaveFocus();
      await userEvent.keyboard(key);
      expect(onRemove).toHaveBeenCalledTimes(1);
      await userEvent.tab();
      expect(screen.getByRole('button', { name: 'Open' })).toHaveFocus();
      await userEvent.keyboard(key);
      expect(onRemove).toHaveBeenCalledTimes(2);
    });

    it('lets the parent drop the tag and move focus', async () => {
      function List() {
        const [tags, setTags] = useState(['A', 'B']);
        return (
          <>
            {tags.map((label) => (
              <Tag
                key={label}
                label={label}
                removable
                onRemove={() => setTags((all) => all.filter((x) => x !== label))}
              />
            ))}
          </>
        );
      }
      render(<List />);
      await userEvent.click(screen.getByRole('button', { name: 'Remove A' }));
      expect(screen.queryByText('A')).toBeNull();
      expect(screen.getByText('B')).toBeInTheDocument();
    });

    it('takes a translated remove label', () => {
      render(<Tag label="Design" removable onRemove={() => {}} removeLabel="Retirer Design" />);
      expect(screen.getByRole('button', { name: 'Retirer Design' })).toBeInTheDocument();
    });

    it('leaves other keys alone, and a caller can cancel the removal', async () => {
      const onRemove = vi.fn();
      render(
        <Tag
          label="Design"
          removable
          onRemove={onRemove}
          onKeyDown={(event) => {
            if (event.key === 'Delete') event.preventDefault();
          }}
        />,
      );
      await userEvent.tab();
      await userEvent.keyboard('a{Delete}');
      expect(onRemove).not.toHaveBeenCalled();
    });
  });

  describe('when disabled', () => {
    it('disables both buttons and ignores clicks and keys', async () => {
      const onRemove = vi.fn();
      const onSelectedChange = vi.fn();
      render(
        <Tag
          label="Design"
          selectable
          removable
          disabled
          onRemove={onRemove}
          onSelectedChange={onSelectedChange}
        />,
      );
      const toggle = screen.getByRole('button', { name: 'Design' });
      expect(toggle).toBeDisabled();
      expect(toggle.parentElement).toHaveAttribute('data-disabled');
      expect(screen.getByRole('button', { name: 'Remove Design' })).toBeDisabled();
      await userEvent.click(toggle, { pointerEventsCheck: 0 });
      await userEvent.tab();
      await userEvent.keyboard('{Backspace}');
      expect(onSelectedChange).not.toHaveBeenCalled();
      expect(onRemove).not.toHaveBeenCalled();
    });
  });

  describe('in a form', () => {
    it('never submits it', async () => {
      const onSubmit = vi.fn((event: React.FormEvent) => event.preventDefault());
      render(
        <form onSubmit={onSubmit}>
          <Tag label="Open" selectable />
          <Tag label="Design" removable onRemove={() => {}} />
        </form>,
      );
      await userEvent.click(screen.getByRole('button', { name: 'Open' }));
      await userEvent.click(screen.getByRole('button', { name: 'Remove Design' }));
      expect(onSubmit).not.toHaveBeenCalled();
    });
  });

  describe('as an element', () => {
    it('forwards the ref to the root <span> and passes native props through', () => {
      const ref = createRef<HTMLSpanElement>();
      render(<Tag ref={ref} label="Design" className="mine" data-testid="t" title="Tip" />);
      const tag = screen.getByTestId('t');
      expect(ref.current).toBe(tag);
      expect(tag).toHaveClass('mine');
      expect(tag.className).toMatch(/cal-tag/);
      expect(tag).toHaveAttribute('title', 'Tip');
    });
  });

  describe('given bad input', () => {
    it('reports a missing label and still renders', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(<Tag label={undefined as unknown as string} data-testid="t" />);
      expect(screen.getByTestId('t')).toBeInTheDocument();
      expect(error).toHaveBeenCalledWith(
        expect.stringContaining('[Callicrates] Tag: `label` is required'),
      );
      error.mockRestore();
    });

    it('reports removable without onRemove', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(<Tag label="Design" removable />);
      expect(error).toHaveBeenCalledWith(
        expect.stringContaining('[Callicrates] Tag: `removable` needs `onRemove`'),
      );
      error.mockRestore();
    });

    it('reports selected without selectable', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(<Tag label="Design" selected />);
      expect(screen.queryByRole('button')).toBeNull();
      expect(error).toHaveBeenCalledWith(
        expect.stringContaining(
          '[Callicrates] Tag: `selected` and `onSelectedChange` need `selectable`',
        ),
      );
      error.mockRestore();
    });
  });

  describe('on the server', () => {
    it('renders to a string', () => {
      const html = renderToString(
        <Tag label="Open" selectable defaultSelected removable onRemove={() => {}} />,
      );
      expect(html).toContain('aria-pressed="true"');
      expect(html).toContain('aria-label="Remove Open"');
    });
  });
});
