import { render, screen } from '@testing-library/react';
import { createRef, forwardRef } from 'react';
import { describe, expect, it } from 'vitest';
import { useField } from '../Field';
import { ChoiceGroup, type ChoiceGroupProps } from './ChoiceGroup';

type DemoProps = Omit<ChoiceGroupProps, 'ids' | 'role' | 'disabled' | 'readOnly' | 'required'> &
  Partial<Pick<ChoiceGroupProps, 'disabled' | 'readOnly' | 'required'>>;

/** A minimal public group over the block, as CheckboxGroup and RadioGroup use it. */
const Demo = forwardRef<HTMLDivElement, DemoProps>(function Demo(
  { disabled = false, readOnly = false, required = false, ...props },
  ref,
) {
  const ids = useField({ component: 'Demo', ...props });
  return (
    <ChoiceGroup
      {...props}
      ref={ref}
      role="group"
      ids={ids}
      disabled={disabled}
      readOnly={readOnly}
      required={required}
    />
  );
});

describe('ChoiceGroup', () => {
  describe('given a label, description and error', () => {
    it('is named by the <span> label, described by both and invalid', () => {
      render(<Demo label="Toppings" description="Pick any." error="Pick one." />);
      const group = screen.getByRole('group', { name: 'Toppings' });
      expect(group).toHaveAccessibleDescription('Pick any. Pick one.');
      expect(group).toHaveAttribute('aria-invalid', 'true');
      expect(screen.getByText('Toppings').tagName).toBe('SPAN');
    });

    it("points at the label first, then at the caller's own labels", () => {
      render(
        <>
          <h2 id="section">Pizza</h2>
          <Demo label="Toppings" aria-labelledby="section" />
        </>,
      );
      expect(screen.getByRole('group', { name: 'Toppings Pizza' })).toBeInTheDocument();
    });

    it('has no aria-labelledby without a label or the caller’s', () => {
      render(<Demo label="" aria-label="Toppings" />);
      expect(screen.getByRole('group', { name: 'Toppings' })).not.toHaveAttribute(
        'aria-labelledby',
      );
    });
  });

  describe('state and layout attributes', () => {
    it('writes none at the defaults', () => {
      render(<Demo label="Toppings" orientation="vertical" />);
      const group = screen.getByRole('group');
      for (const name of ['aria-invalid', 'aria-disabled', 'data-orientation', 'data-readonly']) {
        expect(group).not.toHaveAttribute(name);
      }
    });

    it('writes disabled, read-only, orientation and the required marker', () => {
      render(<Demo label="Toppings" orientation="horizontal" disabled readOnly required />);
      const group = screen.getByRole('group');
      expect(group).toHaveAttribute('aria-disabled', 'true');
      expect(group).toHaveAttribute('data-orientation', 'horizontal');
      expect(group).toHaveAttribute('data-readonly', 'true');
      expect(document.querySelector('[data-part="required"]')).toBeInTheDocument();
    });
  });

  it('puts className and style on the field, other props and the ref on the group', () => {
    const ref = createRef<HTMLDivElement>();
    render(
      <Demo
        ref={ref}
        label="Toppings"
        id="toppings"
        invalid={false}
        className="outer"
        style={{ marginBlock: 0 }}
        data-testid="group"
        title="Toppings group"
      />,
    );
    const group = screen.getByTestId('group');
    expect(ref.current).toBe(group);
    expect(group).toHaveAttribute('id', 'toppings');
    expect(group).toHaveAttribute('title', 'Toppings group');
    expect(group).not.toHaveAttribute('invalid');
    expect(group).not.toHaveClass('outer');
    expect(group.parentElement).toHaveClass('outer');
    expect(group.parentElement).toHaveStyle({ marginBlock: '0px' });
  });
});
