import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { renderToString } from 'react-dom/server';
import { Controller, useForm } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import { Radio } from './Radio';
import { RadioGroup } from './RadioGroup';

const plans = (
  <>
    <Radio label="Free" value="free" />
    <Radio label="Pro" value="pro" description="For teams" />
    <Radio label="Enterprise" value="enterprise" />
  </>
);

describe('RadioGroup', () => {
  describe('given a label, description and error', () => {
    it('is a radiogroup named by the label, described, invalid and required', () => {
      render(
        <RadioGroup label="Plan" description="Change it later." error="Choose a plan." required>
          {plans}
        </RadioGroup>,
      );
      const group = screen.getByRole('radiogroup', { name: 'Plan' });
      expect(group).toHaveAccessibleDescription('Change it later. Choose a plan.');
      expect(group).toHaveAttribute('aria-invalid', 'true');
      expect(group).toHaveAttribute('aria-required', 'true');
      for (const radio of screen.getAllByRole('radio')) expect(radio).toBeRequired();
      expect(screen.getByRole('radio', { name: 'Pro' })).toHaveAccessibleDescription('For teams');
    });

    it('shares one generated name when none is given', () => {
      render(<RadioGroup label="Plan">{plans}</RadioGroup>);
      const names = screen.getAllByRole('radio').map((radio) => radio.getAttribute('name'));
      expect(names[0]).toMatch(/^cal-radio/);
      expect(new Set(names).size).toBe(1);
    });
  });

  describe('size and orientation', () => {
    // The radio's own root: the nearest <div> around its input.
    const rootOf = (name: string) => screen.getByRole('radio', { name }).closest('div');

    it('writes size to every radio and orientation on the group when not the default', () => {
      render(
        <RadioGroup label="Plan" size="sm" orientation="horizontal">
          <Radio label="Free" value="free" />
          <Radio label="Pro" value="pro" size="lg" />
        </RadioGroup>,
      );
      expect(screen.getByRole('radiogroup')).toHaveAttribute('data-orientation', 'horizontal');
      expect(rootOf('Free')).toHaveAttribute('data-size', 'sm');
      expect(rootOf('Pro')).toHaveAttribute('data-size', 'lg');
    });

    it('writes no data-size or data-orientation at the defaults, even when set explicitly', () => {
      render(
        <>
          <RadioGroup label="Implicit">
            <Radio label="A" value="a" />
          </RadioGroup>
          <RadioGroup label="Explicit" size="md" orientation="vertical">
            <Radio label="B" value="b" />
          </RadioGroup>
          <RadioGroup label="Override" size="lg">
            <Radio label="C" value="c" size="md" />
          </RadioGroup>
          <Radio label="D" value="d" name="alone" />
        </>,
      );
      for (const name of ['Implicit', 'Explicit']) {
        expect(screen.getByRole('radiogroup', { name })).not.toHaveAttribute('data-orientation');
      }
      for (const name of ['A', 'B', 'C', 'D'])
        expect(rootOf(name)).not.toHaveAttribute('data-size');
    });
  });

  describe('keyboard (native radio group behaviour)', () => {
    it('Tab lands on the checked radio; arrows move and select, and wrap', async () => {
      const onValueChange = vi.fn();
      render(
        <>
          <button type="button">Before</button>
          <RadioGroup label="Plan" defaultValue="pro" onValueChange={onValueChange}>
            {plans}
          </RadioGroup>
          <button type="button">After</button>
        </>,
      );
      await userEvent.tab();
      await userEvent.tab();
      const pro = screen.getByRole('radio', { name: 'Pro' });
      expect(pro).toHaveFocus();
      await userEvent.keyboard('{ArrowDown}');
      const enterprise = screen.getByRole('radio', { name: 'Enterprise' });
      expect(enterprise).toHaveFocus();
      expect(enterprise).toBeChecked();
      await userEvent.keyboard('{ArrowRight}');
      expect(screen.getByRole('radio', { name: 'Free' })).toBeChecked();
      await userEvent.keyboard('{ArrowUp}');
      expect(enterprise).toBeChecked();
      expect(onValueChange.mock.calls.map(([value]) => value)).toEqual([
        'enterprise',
        'free',
        'enterprise',
      ]);
      // One tab stop: the next Tab leaves the group.
      await userEvent.tab();
      expect(screen.getByRole('button', { name: 'After' })).toHaveFocus();
    });

    it('Tab lands on the first radio when none is checked', async () => {
      render(<RadioGroup label="Plan">{plans}</RadioGroup>);
      await userEvent.tab();
      expect(screen.getByRole('radio', { name: 'Free' })).toHaveFocus();
    });
  });

  describe('mouse', () => {
    it('selects by clicking the radio or its label (uncontrolled)', async () => {
      render(<RadioGroup label="Plan">{plans}</RadioGroup>);
      await userEvent.click(screen.getByRole('radio', { name: 'Free' }));
      expect(screen.getByRole('radio', { name: 'Free' })).toBeChecked();
      await userEvent.click(screen.getByText('Enterprise'));
      expect(screen.getByRole('radio', { name: 'Enterprise' })).toBeChecked();
      expect(screen.getByRole('radio', { name: 'Free' })).not.toBeChecked();
    });
  });

  describe('controlled', () => {
    it('follows value; a parent re-rendering on every change loses none', async () => {
      function Parent() {
        const [value, setValue] = useState('free');
        return (
          <>
            <RadioGroup label="Plan" value={value} onValueChange={setValue}>
              {plans}
            </RadioGroup>
            <output>{value}</output>
          </>
        );
      }
      render(<Parent />);
      screen.getByRole('radio', { name: 'Free' }).focus();
      await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}{ArrowDown}');
      expect(screen.getByRole('status')).toHaveTextContent('pro');
      expect(screen.getByRole('radio', { name: 'Pro' })).toBeChecked();
    });

    it('does not change when the parent keeps the value', async () => {
      render(
        <RadioGroup label="Plan" value="free" onValueChange={() => {}}>
          {plans}
        </RadioGroup>,
      );
      await userEvent.click(screen.getByRole('radio', { name: 'Pro' }));
      expect(screen.getByRole('radio', { name: 'Free' })).toBeChecked();
    });
  });

  describe('given disabled or read-only', () => {
    it('skips a disabled radio with the arrow keys, and disables all from the group', async () => {
      const { rerender } = render(
        <RadioGroup label="Plan" defaultValue="free">
          <Radio label="Free" value="free" />
          <Radio label="Pro" value="pro" disabled />
          <Radio label="Enterprise" value="enterprise" />
        </RadioGroup>,
      );
      screen.getByRole('radio', { name: 'Free' }).focus();
      await userEvent.keyboard('{ArrowDown}');
      expect(screen.getByRole('radio', { name: 'Enterprise' })).toBeChecked();
      rerender(
        <RadioGroup label="Plan" disabled>
          {plans}
        </RadioGroup>,
      );
      for (const radio of screen.getAllByRole('radio')) expect(radio).toBeDisabled();
    });

    it('read-only: focusable, aria-readonly, neither click nor arrows change it, still submits', async () => {
      const onValueChange = vi.fn();
      let submitted: FormData | undefined;
      render(
        <form
          onSubmit={(event) => {
            event.preventDefault();
            submitted = new FormData(event.currentTarget);
          }}
        >
          <RadioGroup
            label="Plan"
            name="plan"
            readOnly
            defaultValue="pro"
            onValueChange={onValueChange}
          >
            {plans}
          </RadioGroup>
          <button type="submit">Send</button>
        </form>,
      );
      expect(screen.getByRole('radiogroup')).toHaveAttribute('aria-readonly', 'true');
      await userEvent.click(screen.getByRole('radio', { name: 'Free' }));
      await userEvent.click(screen.getByText('Enterprise'));
      const pro = screen.getByRole('radio', { name: 'Pro' });
      pro.focus();
      await userEvent.keyboard('{ArrowDown}');
      expect(pro).toBeChecked();
      expect(pro).toHaveFocus();
      expect(onValueChange).not.toHaveBeenCalled();
      await userEvent.click(screen.getByRole('button'));
      expect(submitted?.get('plan')).toBe('pro');
    });
  });

  describe('in a native form', () => {
    it('submits the selected value under the name and reset restores', async () => {
      let submitted: FormData | undefined;
      render(
        <form
          onSubmit={(event) => {
            event.preventDefault();
            submitted = new FormData(event.currentTarget);
          }}
        >
          <RadioGroup label="Plan" name="plan" defaultValue="free">
            {plans}
          </RadioGroup>
          <button type="submit">Send</button>
          <button type="reset">Reset</button>
        </form>,
      );
      await userEvent.click(screen.getByRole('radio', { name: 'Enterprise' }));
      await userEvent.click(screen.getByRole('button', { name: 'Send' }));
      expect(submitted?.getAll('plan')).toEqual(['enterprise']);
      await userEvent.click(screen.getByRole('button', { name: 'Reset' }));
      expect(screen.getByRole('radio', { name: 'Free' })).toBeChecked();
    });

    it('works with react-hook-form register on each radio', async () => {
      const onValid = vi.fn();
      function Form() {
        const { register, handleSubmit, formState } = useForm<{ plan: string | null }>({
          defaultValues: { plan: null },
        });
        return (
          <form onSubmit={handleSubmit(onValid)}>
            <RadioGroup label="Plan" error={formState.errors.plan?.message}>
              <Radio label="Free" value="free" {...register('plan', { required: 'Pick a plan' })} />
              <Radio label="Pro" value="pro" {...register('plan', { required: 'Pick a plan' })} />
            </RadioGroup>
            <button type="submit">Send</button>
          </form>
        );
      }
      render(<Form />);
      await userEvent.click(screen.getByRole('button', { name: 'Send' }));
      expect(await screen.findByText('Pick a plan')).toBeInTheDocument();
      expect(screen.getByRole('radiogroup')).toHaveAttribute('aria-invalid', 'true');
      await userEvent.click(screen.getByRole('radio', { name: 'Pro' }));
      await userEvent.click(screen.getByRole('button', { name: 'Send' }));
      expect(onValid).toHaveBeenCalledWith({ plan: 'pro' }, expect.anything());
    });

    it('works with a react-hook-form Controller on the group', async () => {
      const onValid = vi.fn();
      function Form() {
        const { control, handleSubmit } = useForm<{ plan: string }>({
          defaultValues: { plan: 'free' },
        });
        return (
          <form onSubmit={handleSubmit(onValid)}>
            <Controller
              control={control}
              name="plan"
              render={({ field }) => (
                <RadioGroup
                  label="Plan"
                  ref={field.ref}
                  name={field.name}
                  value={field.value}
                  onValueChange={field.onChange}
                >
                  {plans}
                </RadioGroup>
              )}
            />
            <button type="submit">Send</button>
          </form>
        );
      }
      render(<Form />);
      await userEvent.click(screen.getByText('Enterprise'));
      await userEvent.click(screen.getByRole('button', { name: 'Send' }));
      expect(onValid).toHaveBeenCalledWith({ plan: 'enterprise' }, expect.anything());
    });
  });

  it('forwards refs (group element, radio input) and passes native props through', () => {
    const groupRef = createRef<HTMLDivElement>();
    const radioRef = createRef<HTMLInputElement>();
    const { container } = render(
      <RadioGroup label="Plan" ref={groupRef} className="mine" data-testid="g">
        <Radio label="Free" value="free" ref={radioRef} title="Tip" className="item" />
      </RadioGroup>,
    );
    expect(groupRef.current).toBe(screen.getByRole('radiogroup'));
    expect(groupRef.current).toHaveAttribute('data-testid', 'g');
    expect(radioRef.current).toBe(screen.getByRole('radio'));
    expect(radioRef.current).toHaveAttribute('title', 'Tip');
    expect(container.firstElementChild).toHaveClass('mine');
    expect(radioRef.current?.closest('.item')).not.toBeNull();
  });

  describe('given bad input', () => {
    it('reports a group and a radio without names, and a radio outside a group', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(
        <>
          {/* @ts-expect-error label is required by the type; plain-JS callers can still omit it. */}
          <RadioGroup>
            {/* @ts-expect-error as above */}
            <Radio value="a" />
          </RadioGroup>
          <Radio label="Alone" value="b" />
        </>,
      );
      expect(screen.getAllByRole('radio')).toHaveLength(2);
      expect(error).toHaveBeenCalledWith(
        expect.stringContaining(
          '[Callicrates] RadioGroup: a form control needs an accessible name',
        ),
      );
      expect(error).toHaveBeenCalledWith(
        expect.stringContaining('[Callicrates] Radio: a form control needs an accessible name'),
      );
      expect(error).toHaveBeenCalledWith(
        expect.stringContaining('[Callicrates] Radio: a Radio needs a RadioGroup around it'),
      );
      error.mockRestore();
    });
  });

  it('renders on the server', () => {
    const html = renderToString(
      <RadioGroup label="Plan" name="plan" defaultValue="pro" error="Wrong">
        {plans}
      </RadioGroup>,
    );
    expect(html).toContain('role="radiogroup"');
    expect(html).toMatch(/<input(?=[^>]*value="pro")(?=[^>]*checked="")[^>]*>/);
    expect(html).toContain('aria-invalid="true"');
  });
});
