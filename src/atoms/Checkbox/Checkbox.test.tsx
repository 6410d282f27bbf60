import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { useForm } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import { Checkbox } from './Checkbox';

describe('Checkbox', () => {
  describe('given a label', () => {
    it('is a native checkbox named by its label and described by description and error', () => {
      render(<Checkbox label="Accept terms" description="Read them first." error="Required." />);
      const box = screen.getByRole('checkbox', { name: 'Accept terms' });
      expect(box.tagName).toBe('INPUT');
      expect(box).toHaveAccessibleDescription('Read them first. Required.');
      expect(box).toHaveAttribute('aria-invalid', 'true');
    });

    it('is not invalid without an error, and invalid with `invalid` alone', () => {
      render(
        <>
          <Checkbox label="A" />
          <Checkbox label="B" invalid />
        </>,
      );
      expect(screen.getByRole('checkbox', { name: 'A' })).not.toHaveAttribute('aria-invalid');
      expect(screen.getByRole('checkbox', { name: 'B' })).toHaveAttribute('aria-invalid', 'true');
    });

    it('writes size and state as data attributes, and no data-size at the md default', () => {
      const { container } = render(
        <>
          <Checkbox label="A" />
          <Checkbox label="B" size="lg" disabled readOnly />
          <Checkbox label="C" size="md" />
        </>,
      );
      const roots = Array.from(container.children);
      expect(roots[0]).not.toHaveAttribute('data-size');
      expect(roots[0]).not.toHaveAttribute('data-disabled');
      expect(roots[0]).not.toHaveAttribute('data-readonly');
      expect(roots[1]).toHaveAttribute('data-size', 'lg');
      expect(roots[1]).toHaveAttribute('data-disabled');
      expect(roots[1]).toHaveAttribute('data-readonly');
      expect(roots[2]).not.toHaveAttribute('data-size');
    });

    it('marks required natively', () => {
      render(<Checkbox label="Consent" required />);
      expect(screen.getByRole('checkbox', { name: 'Consent' })).toBeRequired();
    });
  });

  describe('when clicked, pressed or its label is clicked', () => {
    it('toggles uncontrolled and calls onChange with the native event', async () => {
      const onChange = vi.fn();
      render(<Checkbox label="Newsletter" onChange={onChange} />);
      const box = screen.getByRole('checkbox', { name: 'Newsletter' });
      await userEvent.click(box);
      expect(box).toBeChecked();
      await userEvent.click(screen.getByText('Newsletter'));
      expect(box).not.toBeChecked();
      await userEvent.keyboard(' ');
      expect(box).toBeChecked();
      expect(onChange).toHaveBeenCalledTimes(3);
      expect(onChange.mock.calls[0]?.[0].target).toBe(box);
    });

    it('is reached by Tab and toggled by Space', async () => {
      render(<Checkbox label="Remember me" />);
      await userEvent.tab();
      const box = screen.getByRole('checkbox');
      expect(box).toHaveFocus();
      await userEvent.keyboard(' ');
      expect(box).toBeChecked();
    });

    it('follows a controlled parent that re-renders on every change, losing no toggle', async () => {
      function Parent() {
        const [checked, setChecked] = useState(false);
        const [count, setCount] = useState(0);
        return (
          <>
            <Checkbox
              label="Controlled"
              checked={checked}
              onChange={(event) => {
                setChecked(event.target.checked);
                setCount((c) => c + 1);
              }}
            />
            <output>{count}</output>
          </>
        );
      }
      render(<Parent />);
      const box = screen.getByRole('checkbox');
      for (let i = 0; i < 7; i += 1) await userEvent.click(box);
      expect(box).toBeChecked();
      expect(screen.getByText('7')).toBeInTheDocument();
    });

    it('stays put when controlled and the parent ignores the change', async () => {
      render(<Checkbox label="Fixed" checked onChange={() => {}} />);
      await userEvent.click(screen.getByRole('checkbox'));
      expect(screen.getByRole('checkbox')).toBeChecked();
    });
  });

  describe('given indeterminate', () => {
    it('sets the DOM property (mixed) and a controlled parent keeps it until it decides', async () => {
      function Parent() {
        const [state, setState] = useState<'mixed' | boolean>('mixed');
        return (
          <Checkbox
            label="Select all"
            checked={state === true}
            indeterminate={state === 'mixed'}
            onChange={(event) => setState(event.target.checked)}
          />
        );
      }
      render(<Parent />);
      const box = screen.getByRole('checkbox') as HTMLInputElement;
      expect(box.indeterminate).toBe(true);
      expect(box).toBePartiallyChecked();
      await userEvent.click(box);
      expect(box.indeterminate).toBe(false);
      expect(box).toBeChecked();
    });

    it('is mixed in the same task the input reaches the DOM, before the first paint', async () => {
      // Outside act (as in an app or a built Storybook), passive effects run a task after the
      // commit: a mixed state set there paints one frame without its dash, and a play function
      // or test that reads the box right after render sees it unchecked. A MutationObserver
      // callback runs in the commit's microtask checkpoint, before any later task.
      const reactGlobal = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
      const actEnvironment = reactGlobal.IS_REACT_ACT_ENVIRONMENT;
      reactGlobal.IS_REACT_ACT_ENVIRONMENT = false;
      const container = document.body.appendChild(document.createElement('div'));
      const root = createRoot(container);
      try {
        const mixedOnInsert = new Promise<boolean>((resolve) => {
          const observer = new MutationObserver(() => {
            const box = container.querySelector('input');
            if (!box) return;
            observer.disconnect();
            resolve(box.indeterminate);
          });
          observer.observe(container, { childList: true, subtree: true });
        });
        root.render(<Checkbox label="Select all" indeterminate />);
        expect(await mixedOnInsert).toBe(true);
      } finally {
        root.unmount();
        container.remove();
        reactGlobal.IS_REACT_ACT_ENVIRONMENT = actEnvironment;
      }
    });
  });

  describe('given disabled or read-only', () => {
    it('disabled: not focusable, does not toggle', async () => {
      const onChange = vi.fn();
      render(<Checkbox label="Off" disabled onChange={onChange} />);
      const box = screen.getByRole('checkbox');
      expect(box).toBeDisabled();
      await userEvent.click(box);
      await userEvent.tab();
      expect(box).not.toBeChecked();
      expect(box).not.toHaveFocus();
      expect(onChange).not.toHaveBeenCalled();
    });

    it('read-only: focusable, aria-readonly, ignores click, label and Space, still submits', async () => {
      const onChange = vi.fn();
      let submitted: FormData | undefined;
      render(
        <form
          onSubmit={(event) => {
            event.preventDefault();
            submitted = new FormData(event.currentTarget);
          }}
        >
          <Checkbox label="Locked" name="locked" defaultChecked readOnly onChange={onChange} />
          <button type="submit">Send</button>
        </form>,
      );
      const box = screen.getByRole('checkbox', { name: 'Locked' });
      expect(box).toHaveAttribute('aria-readonly', 'true');
      await userEvent.click(box);
      await userEvent.click(screen.getByText('Locked'));
      box.focus();
      await userEvent.keyboard(' ');
      expect(box).toHaveFocus();
      expect(box).toBeChecked();
      expect(onChange).not.toHaveBeenCalled();
      await userEvent.click(screen.getByRole('button'));
      expect(submitted?.get('locked')).toBe('on');
    });
  });

  describe('in a native form', () => {
    it('submits value under name only when checked, and form.reset() restores', async () => {
      let submitted: FormData | undefined;
      render(
        <form
          onSubmit={(event) => {
            event.preventDefault();
            submitted = new FormData(event.currentTarget);
          }}
        >
          <Checkbox label="Email me" name="contact" value="email" defaultChecked />
          <Checkbox label="Call me" name="contact" value="phone" />
          <button type="submit">Send</button>
          <button type="reset">Reset</button>
        </form>,
      );
      await userEvent.click(screen.getByRole('checkbox', { name: 'Call me' }));
      await userEvent.click(screen.getByRole('checkbox', { name: 'Email me' }));
      await userEvent.click(screen.getByRole('button', { name: 'Send' }));
      expect(submitted?.getAll('contact')).toEqual(['phone']);
      await userEvent.click(screen.getByRole('button', { name: 'Reset' }));
      expect(screen.getByRole('checkbox', { name: 'Email me' })).toBeChecked();
      expect(screen.getByRole('checkbox', { name: 'Call me' })).not.toBeChecked();
    });

    it('works with react-hook-form register (ref reaches the input)', async () => {
      const onValid = vi.fn();
      function Form() {
        const { register, handleSubmit, formState } = useForm<{ terms: boolean }>({
          defaultValues: { terms: false },
        });
        return (
          <form onSubmit={handleSubmit(onValid)}>
            <Checkbox
              label="I accept the terms"
              {...register('terms', { required: 'Accept the terms to continue' })}
              error={formState.errors.terms?.message}
            />
            <button type="submit">Send</button>
          </form>
        );
      }
      render(<Form />);
      await userEvent.click(screen.getByRole('button', { name: 'Send' }));
      expect(await screen.findByText('Accept the terms to continue')).toBeInTheDocument();
      const box = screen.getByRole('checkbox');
      expect(box).toHaveAttribute('aria-invalid', 'true');
      expect(box).toHaveFocus();
      await userEvent.click(box);
      await userEvent.click(screen.getByRole('button', { name: 'Send' }));
      expect(onValid).toHaveBeenCalledWith({ terms: true }, expect.anything());
    });
  });

  it('forwards the ref to the <input> and passes native props through, merging className', () => {
    const ref = createRef<HTMLInputElement>();
    const { container } = render(
      <Checkbox
        label="Name"
        ref={ref}
        className="mine"
        data-testid="native"
        title="Tip"
        form="f"
        aria-describedby="outside"
        description="Inside"
      />,
    );
    expect(ref.current).toBe(screen.getByRole('checkbox'));
    expect(ref.current).toHaveAttribute('data-testid', 'native');
    expect(ref.current).toHaveAttribute('title', 'Tip');
    expect(ref.current).toHaveAttribute('form', 'f');
    expect(ref.current?.getAttribute('aria-describedby')).toMatch(/-description outside$/);
    expect(container.firstElementChild).toHaveClass('mine');
    expect(container.firstElementChild?.className).toMatch(/cal-.*checkbox/);
  });

  describe('given bad input', () => {
    it('reports a checkbox with no accessible name, and still renders', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      // @ts-expect-error label is required by the type; plain-JS callers can still omit it.
      render(<Checkbox name="orphan" />);
      expect(screen.getByRole('checkbox')).toBeInTheDocument();
      expect(error).toHaveBeenCalledWith(
        expect.stringContaining('[Callicrates] Checkbox: a form control needs an accessible name'),
      );
      error.mockRestore();
    });

    it('accepts aria-label instead of a label', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(<Checkbox label="" aria-label="Select row 1" />);
      expect(screen.getByRole('checkbox', { name: 'Select row 1' })).toBeInTheDocument();
      expect(error).not.toHaveBeenCalled();
      error.mockRestore();
    });
  });

  it('renders on the server', () => {
    const html = renderToString(
      <Checkbox label="Terms" name="terms" defaultChecked description="Help" error="Wrong" />,
    );
    expect(html).toContain('type="checkbox"');
    expect(html).toContain('checked=""');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('<label');
    expect(html).not.toContain('data-size');
  });
});
