import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { renderToString } from 'react-dom/server';
import { useForm } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import { Switch } from './Switch';

describe('Switch', () => {
  describe('given a label', () => {
    it('is a native checkbox with role switch, named, described and invalid with an error', () => {
      render(<Switch label="Wi-Fi" description="Join known networks." error="No adapter." />);
      const toggle = screen.getByRole('switch', { name: 'Wi-Fi' });
      expect(toggle).toHaveAttribute('type', 'checkbox');
      expect(toggle).toHaveAccessibleDescription('Join known networks. No adapter.');
      expect(toggle).toHaveAttribute('aria-invalid', 'true');
    });

    it('writes size and label placement as data attributes, and none at the defaults', () => {
      const { container } = render(
        <>
          <Switch label="A" />
          <Switch label="B" size="sm" labelPlacement="start" />
          <Switch label="C" size="md" labelPlacement="end" />
        </>,
      );
      const [a, b, c] = Array.from(container.children);
      expect(a).not.toHaveAttribute('data-size');
      expect(a).not.toHaveAttribute('data-label-placement');
      expect(b).toHaveAttribute('data-size', 'sm');
      expect(b).toHaveAttribute('data-label-placement', 'start');
      expect(c).not.toHaveAttribute('data-size');
      expect(c).not.toHaveAttribute('data-label-placement');
    });
  });

  describe('when clicked or pressed', () => {
    it('toggles uncontrolled by click, label and Space, and reports the native event', async () => {
      const onChange = vi.fn();
      render(<Switch label="Bluetooth" onChange={onChange} />);
      const toggle = screen.getByRole('switch');
      await userEvent.click(toggle);
      expect(toggle).toBeChecked();
      await userEvent.click(screen.getByText('Bluetooth'));
      expect(toggle).not.toBeChecked();
      await userEvent.keyboard(' ');
      expect(toggle).toBeChecked();
      expect(onChange).toHaveBeenCalledTimes(3);
    });

    it('is reached by Tab', async () => {
      render(<Switch label="Dark mode" />);
      await userEvent.tab();
      expect(screen.getByRole('switch')).toHaveFocus();
    });

    it('follows a controlled parent that re-renders on every change', async () => {
      function Parent() {
        const [on, setOn] = useState(false);
        return (
          <>
            <Switch label="Sync" checked={on} onChange={(event) => setOn(event.target.checked)} />
            <output>{on ? 'on' : 'off'}</output>
          </>
        );
      }
      render(<Parent />);
      const toggle = screen.getByRole('switch');
      for (let i = 0; i < 5; i += 1) await userEvent.click(toggle);
      expect(toggle).toBeChecked();
      expect(screen.getByRole('status')).toHaveTextContent('on');
    });
  });

  describe('given disabled or read-only', () => {
    it('disabled does not toggle', async () => {
      render(<Switch label="Off" disabled />);
      await userEvent.click(screen.getByRole('switch'));
      expect(screen.getByRole('switch')).toBeDisabled();
      expect(screen.getByRole('switch')).not.toBeChecked();
    });

    it('read-only is focusable, aria-readonly, and ignores click, label and Space', async () => {
      const onChange = vi.fn();
      render(<Switch label="Locked" readOnly defaultChecked onChange={onChange} />);
      const toggle = screen.getByRole('switch');
      expect(toggle).toHaveAttribute('aria-readonly', 'true');
      await userEvent.click(toggle);
      await userEvent.click(screen.getByText('Locked'));
      await userEvent.keyboard(' ');
      expect(toggle).toHaveFocus();
      expect(toggle).toBeChecked();
      expect(onChange).not.toHaveBeenCalled();
    });
  });

  describe('in a native form', () => {
    it('submits "on" by default (or its value) only when on, and form.reset() restores', async () => {
      let submitted: FormData | undefined;
      render(
        <form
          onSubmit={(event) => {
            event.preventDefault();
            submitted = new FormData(event.currentTarget);
          }}
        >
          <Switch label="Alerts" name="alerts" />
          <Switch label="Beta" name="beta" value="yes" defaultChecked />
          <button type="submit">Send</button>
          <button type="reset">Reset</button>
        </form>,
      );
      await userEvent.click(screen.getByRole('switch', { name: 'Alerts' }));
      await userEvent.click(screen.getByRole('button', { name: 'Send' }));
      expect(Object.fromEntries(submitted ?? [])).toEqual({ alerts: 'on', beta: 'yes' });
      await userEvent.click(screen.getByRole('switch', { name: 'Beta' }));
      await userEvent.click(screen.getByRole('button', { name: 'Send' }));
      expect(submitted?.has('beta')).toBe(false);
      await userEvent.click(screen.getByRole('button', { name: 'Reset' }));
      expect(screen.getByRole('switch', { name: 'Alerts' })).not.toBeChecked();
      expect(screen.getByRole('switch', { name: 'Beta' })).toBeChecked();
    });

    it('works with react-hook-form register', async () => {
      const onValid = vi.fn();
      function Form() {
        const { register, handleSubmit } = useForm<{ notify: boolean }>({
          defaultValues: { notify: true },
        });
        return (
          <form onSubmit={handleSubmit(onValid)}>
            <Switch label="Notify me" {...register('notify')} />
            <button type="submit">Send</button>
          </form>
        );
      }
      render(<Form />);
      const toggle = screen.getByRole('switch');
      expect(toggle).toBeChecked();
      await userEvent.click(toggle);
      await userEvent.click(screen.getByRole('button', { name: 'Send' }));
      expect(onValid).toHaveBeenCalledWith({ notify: false }, expect.anything());
    });
  });

  it('forwards the ref to the <input> and passes native props through, merging className', () => {
    const ref = createRef<HTMLInputElement>();
    const { container } = render(
      <Switch label="Sync" ref={ref} className="mine" data-testid="s" title="Tip" form="f" />,
    );
    expect(ref.current).toBe(screen.getByRole('switch'));
    expect(ref.current).toHaveAttribute('data-testid', 's');
    expect(ref.current).toHaveAttribute('form', 'f');
    expect(container.firstElementChild).toHaveClass('mine');
  });

  describe('given bad input', () => {
    it('reports a switch with no accessible name, and still renders', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      // @ts-expect-error label is required by the type; plain-JS callers can still omit it.
      render(<Switch />);
      expect(screen.getByRole('switch')).toBeInTheDocument();
      expect(error).toHaveBeenCalledWith(
        expect.stringContaining('[Callicrates] Switch: a form control needs an accessible name'),
      );
      error.mockRestore();
    });
  });

  it('renders on the server', () => {
    const html = renderToString(<Switch label="Sync" name="sync" defaultChecked />);
    expect(html).toContain('role="switch"');
    expect(html).toContain('checked=""');
    expect(html).toContain('<label');
    expect(html).not.toContain('data-size');
    expect(html).not.toContain('data-label-placement');
  });
});
