import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { renderToString } from 'react-dom/server';
import { Controller, useForm } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import { Checkbox } from '../Checkbox';
import { CheckboxGroup } from './CheckboxGroup';

const toppings = (
  <>
    <Checkbox label="Olives" value="olives" />
    <Checkbox label="Feta" value="feta" />
    <Checkbox label="Oregano" value="oregano" />
  </>
);

describe('CheckboxGroup', () => {
  describe('given a label, description and error', () => {
    it('is a group named by the label, described, invalid, and marks each checkbox invalid', () => {
      render(
        <CheckboxGroup label="Toppings" description="Pick any." error="Pick at least one.">
          {toppings}
        </CheckboxGroup>,
      );
      const group = screen.getByRole('group', { name: 'Toppings' });
      expect(group).toHaveAccessibleDescription('Pick any. Pick at least one.');
      expect(group).toHaveAttribute('aria-invalid', 'true');
      expect(screen.getByRole('checkbox', { name: 'Feta' })).toHaveAttribute(
        'aria-invalid',
        'true',
      );
    });

    it('applies name and size to every child and writes orientation', () => {
      render(
        <CheckboxGroup label="Toppings" name="top" size="sm" orientation="horizontal">
          {toppings}
        </CheckboxGroup>,
      );
      for (const box of screen.getAllByRole('checkbox')) {
        expect(box).toHaveAttribute('name', 'top');
        expect(box.closest('div[data-size]')).toHaveAttribute('data-size', 'sm');
      }
      expect(screen.getByRole('group')).toHaveAttribute('data-orientation', 'horizontal');
    });

    it('writes no data-orientation or data-size at the defaults, even when set explicitly', () => {
      render(
        <>
          <CheckboxGroup label="Implicit">
            <Checkbox label="A" value="a" />
          </CheckboxGroup>
          <CheckboxGroup label="Explicit" size="md" orientation="vertical">
            <Checkbox label="B" value="b" />
          </CheckboxGroup>
          <CheckboxGroup label="Override" size="lg">
            <Checkbox label="C" value="c" size="md" />
          </CheckboxGroup>
        </>,
      );
      for (const name of ['Implicit', 'Explicit']) {
        expect(screen.getByRole('group', { name })).not.toHaveAttribute('data-orientation');
      }
      for (const name of ['A', 'B', 'C']) {
        // The checkbox's own root: the nearest <div> around its input.
        expect(screen.getByRole('checkbox', { name }).closest('div')).not.toHaveAttribute(
          'data-size',
        );
      }
    });
  });

  describe('uncontrolled', () => {
    it('starts from defaultValue and reports every checked value in option order', async () => {
      const onValueChange = vi.fn();
      render(
        <CheckboxGroup label="Toppings" defaultValue={['feta']} onValueChange={onValueChange}>
          {toppings}
        </CheckboxGroup>,
      );
      expect(screen.getByRole('checkbox', { name: 'Feta' })).toBeChecked();
      await userEvent.click(screen.getByRole('checkbox', { name: 'Olives' }));
      expect(onValueChange).toHaveBeenLastCalledWith(['olives', 'feta']);
      await userEvent.click(screen.getByText('Feta'));
      expect(onValueChange).toHaveBeenLastCalledWith(['olives']);
    });

    it('moves with Tab through each checkbox and toggles with Space', async () => {
      render(<CheckboxGroup label="Toppings">{toppings}</CheckboxGroup>);
      await userEvent.tab();
      await userEvent.tab();
      expect(screen.getByRole('checkbox', { name: 'Feta' })).toHaveFocus();
      await userEvent.keyboard(' ');
      expect(screen.getByRole('checkbox', { name: 'Feta' })).toBeChecked();
    });
  });

  describe('controlled', () => {
    it('follows value and loses no change when the parent re-renders on each', async () => {
      function Parent() {
        const [value, setValue] = useState<string[]>(['oregano']);
        return (
          <>
            <CheckboxGroup label="Toppings" value={value} onValueChange={setValue}>
              {toppings}
            </CheckboxGroup>
            <output>{value.join(',')}</output>
          </>
        );
      }
      render(<Parent />);
      await userEvent.click(screen.getByRole('checkbox', { name: 'Olives' }));
      await userEvent.click(screen.getByRole('checkbox', { name: 'Feta' }));
      await userEvent.click(screen.getByRole('checkbox', { name: 'Oregano' }));
      await userEvent.click(screen.getByRole('checkbox', { name: 'Olives' }));
      expect(screen.getByRole('status')).toHaveTextContent(/^feta$/);
      expect(screen.getByRole('checkbox', { name: 'Feta' })).toBeChecked();
      expect(screen.getByRole('checkbox', { name: 'Olives' })).not.toBeChecked();
    });

    it('does not change when the parent keeps the value', async () => {
      render(
        <CheckboxGroup label="Toppings" value={['feta']} onValueChange={() => {}}>
          {toppings}
        </CheckboxGroup>,
      );
      await userEvent.click(screen.getByRole('checkbox', { name: 'Olives' }));
      expect(screen.getByRole('checkbox', { name: 'Olives' })).not.toBeChecked();
    });
  });

  describe('given disabled or read-only on the group', () => {
    it('disables every checkbox', async () => {
      render(
        <CheckboxGroup label="Toppings" disabled>
          {toppings}
        </CheckboxGroup>,
      );
      for (const box of screen.getAllByRole('checkbox')) expect(box).toBeDisabled();
    });

    it('read-only keeps them focusable and unchanged', async () => {
      const onValueChange = vi.fn();
      render(
        <CheckboxGroup
          label="Toppings"
          readOnly
          defaultValue={['olives']}
          onValueChange={onValueChange}
        >
          {toppings}
        </CheckboxGroup>,
      );
      const feta = screen.getByRole('checkbox', { name: 'Feta' });
      await userEvent.click(feta);
      await userEvent.keyboard(' ');
      expect(feta).toHaveFocus();
      expect(feta).not.toBeChecked();
      expect(feta).toHaveAttribute('aria-readonly', 'true');
      expect(onValueChange).not.toHaveBeenCalled();
    });
  });

  describe('in a native form', () => {
    it('submits every checked value under the name (getAll) and reset restores', async () => {
      let submitted: FormData | undefined;
      render(
        <form
          onSubmit={(event) => {
            event.preventDefault();
            submitted = new FormData(event.currentTarget);
          }}
        >
          <CheckboxGroup label="Toppings" name="toppings" defaultValue={['feta']}>
            {toppings}
          </CheckboxGroup>
          <button type="submit">Send</button>
          <button type="reset">Reset</button>
        </form>,
      );
      await userEvent.click(screen.getByRole('checkbox', { name: 'Oregano' }));
      await userEvent.click(screen.getByRole('button', { name: 'Send' }));
      expect(submitted?.getAll('toppings')).toEqual(['feta', 'oregano']);
      await userEvent.click(screen.getByRole('button', { name: 'Reset' }));
      expect(screen.getByRole('checkbox', { name: 'Oregano' })).not.toBeChecked();
      expect(screen.getByRole('checkbox', { name: 'Feta' })).toBeChecked();
    });

    it('required: every checkbox is required until one is checked, and again after reset', async () => {
      render(
        <form>
          <CheckboxGroup label="Toppings" name="toppings" required>
            {toppings}
          </CheckboxGroup>
          <button type="reset">Reset</button>
        </form>,
      );
      for (const box of screen.getAllByRole('checkbox')) expect(box).toBeRequired();
      await userEvent.click(screen.getByRole('checkbox', { name: 'Feta' }));
      for (const box of screen.getAllByRole('checkbox')) expect(box).not.toBeRequired();
      await userEvent.click(screen.getByRole('button', { name: 'Reset' }));
      await vi.waitFor(() => expect(screen.getAllByRole('checkbox')[0]).toBeRequired());
    });

    it('works with react-hook-form register on each item', async () => {
      const onValid = vi.fn();
      function Form() {
        const { register, handleSubmit } = useForm<{ toppings: string[] }>({
          defaultValues: { toppings: ['feta'] },
        });
        return (
          <form onSubmit={handleSubmit(onValid)}>
            <CheckboxGroup label="Toppings">
              <Checkbox label="Olives" value="olives" {...register('toppings')} />
              <Checkbox label="Feta" value="feta" {...register('toppings')} />
            </CheckboxGroup>
            <button type="submit">Send</button>
          </form>
        );
      }
      render(<Form />);
      expect(screen.getByRole('checkbox', { name: 'Feta' })).toBeChecked();
      await userEvent.click(screen.getByRole('checkbox', { name: 'Olives' }));
      await userEvent.click(screen.getByRole('button', { name: 'Send' }));
      expect(onValid).toHaveBeenCalledWith({ toppings: ['olives', 'feta'] }, expect.anything());
    });

    it('works with a react-hook-form Controller on the group (value + onValueChange)', async () => {
      const onValid = vi.fn();
      function Form() {
        const { control, handleSubmit } = useForm<{ toppings: string[] }>({
          defaultValues: { toppings: [] },
        });
        return (
          <form onSubmit={handleSubmit(onValid)}>
            <Controller
              control={control}
              name="toppings"
              rules={{ validate: (v) => v.length > 0 || 'Pick one' }}
              render={({ field, fieldState }) => (
                <CheckboxGroup
                  label="Toppings"
                  ref={field.ref}
                  name={field.name}
                  value={field.value}
                  onValueChange={field.onChange}
                  onBlur={field.onBlur}
                  error={fieldState.error?.message}
                >
                  {toppings}
                </CheckboxGroup>
              )}
            />
            <button type="submit">Send</button>
          </form>
        );
      }
      render(<Form />);
      await userEvent.click(screen.getByRole('button', { name: 'Send' }));
      expect(await screen.findByText('Pick one')).toBeInTheDocument();
      expect(onValid).not.toHaveBeenCalled();
      await userEvent.click(screen.getByRole('checkbox', { name: 'Oregano' }));
      await userEvent.click(screen.getByRole('button', { name: 'Send' }));
      expect(onValid).toHaveBeenCalledWith({ toppings: ['oregano'] }, expect.anything());
    });
  });

  it('forwards the ref to the group element and passes native props through', () => {
    const ref = createRef<HTMLDivElement>();
    const { container } = render(
      <CheckboxGroup label="Toppings" ref={ref} className="mine" data-testid="g" title="Tip">
        {toppings}
      </CheckboxGroup>,
    );
    expect(ref.current).toBe(screen.getByRole('group'));
    expect(ref.current).toHaveAttribute('data-testid', 'g');
    expect(ref.current).toHaveAttribute('title', 'Tip');
    expect(container.firstElementChild).toHaveClass('mine');
  });

  describe('given bad input', () => {
    it('reports a group without a label and a checkbox without a value, and still renders', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(
        // @ts-expect-error label is required by the type; plain-JS callers can still omit it.
        <CheckboxGroup>
          <Checkbox label="No value" />
        </CheckboxGroup>,
      );
      expect(screen.getByRole('checkbox')).toBeInTheDocument();
      expect(error).toHaveBeenCalledWith(
        expect.stringContaining(
          '[Callicrates] CheckboxGroup: a form control needs an accessible name',
        ),
      );
      expect(error).toHaveBeenCalledWith(
        expect.stringContaining(
          '[Callicrates] Checkbox: a Checkbox inside a CheckboxGroup needs a `value`',
        ),
      );
      error.mockRestore();
    });
  });

  it('renders on the server', () => {
    const html = renderToString(
      <CheckboxGroup label="Toppings" name="t" defaultValue={['feta']} error="Wrong">
        {toppings}
      </CheckboxGroup>,
    );
    expect(html).toContain('role="group"');
    expect(html).toContain('name="t"');
    expect(html).toMatch(/<input(?=[^>]*value="feta")(?=[^>]*checked="")[^>]*>/);
    expect(html).not.toMatch(/<input(?=[^>]*value="olives")(?=[^>]*checked="")[^>]*>/);
  });
});
