import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, forwardRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { useField } from '../Field';
import { ChoiceControl, type ChoiceControlProps } from './ChoiceControl';

type DemoProps = Omit<
  ChoiceControlProps,
  'ids' | 'indicator' | 'className' | 'type' | 'invalid' | 'readOnly'
> &
  Partial<Pick<ChoiceControlProps, 'invalid' | 'readOnly'>>;

/** A minimal public component over the block, as Checkbox, Radio and Switch use it. */
const Demo = forwardRef<HTMLInputElement, DemoProps>(function Demo(
  { invalid = false, readOnly = false, ...props },
  ref,
) {
  const ids = useField({ component: 'Demo', ...props });
  return (
    <ChoiceControl
      {...props}
      ref={ref}
      type="checkbox"
      className="demo"
      ids={ids}
      invalid={invalid}
      readOnly={readOnly}
      indicator={<span data-part="box" aria-hidden="true" />}
    />
  );
});

const rootOf = (name: string) => screen.getByRole('checkbox', { name }).closest('div');

describe('ChoiceControl', () => {
  describe('given a label, description and error', () => {
    it('labels the input and describes it with both, each by id', () => {
      render(<Demo label="Terms" description="Read them." error="Accept them." />);
      const input = screen.getByRole('checkbox', { name: 'Terms' });
      expect(input).toHaveAccessibleDescription('Read them. Accept them.');
      expect(screen.getByText('Read them.')).toHaveAttribute('data-part', 'description');
      expect(screen.getByText('Accept them.')).toHaveAttribute('data-part', 'error');
    });

    it('keeps a hidden label for assistive technology and renders none when empty', () => {
      const { rerender } = render(<Demo label="Terms" hideLabel />);
      expect(screen.getByRole('checkbox', { name: 'Terms' })).toBeInTheDocument();
      rerender(<Demo label="" aria-label="Row 1" />);
      expect(screen.getByRole('checkbox', { name: 'Row 1' })).toBeInTheDocument();
      expect(document.querySelector('label')).toBeNull();
    });
  });

  describe('required', () => {
    it('marks the label only with requiredMarker, apart from the native required', () => {
      const { rerender } = render(<Demo label="A" required />);
      expect(screen.getByRole('checkbox')).toBeRequired();
      expect(document.querySelector('[data-part="required"]')).toBeNull();
      rerender(<Demo label="A" requiredMarker />);
      expect(screen.getByRole('checkbox')).not.toBeRequired();
      expect(document.querySelector('[data-part="required"]')).toHaveAttribute(
        'aria-hidden',
        'true',
      );
    });
  });

  describe('state attributes on the outer element', () => {
    it('writes none at the defaults', () => {
      render(<Demo label="A" size="md" />);
      const root = rootOf('A');
      for (const name of ['data-size', 'data-invalid', 'data-disabled', 'data-readonly']) {
        expect(root).not.toHaveAttribute(name);
      }
    });

    it('writes size, invalid, disabled, read-only and extra data attributes', () => {
      render(
        <Demo
          label="A"
          size="lg"
          invalid
          disabled
          readOnly
          rootAttributes={{ 'data-label-placement': 'start' }}
        />,
      );
      const root = rootOf('A');
      expect(root).toHaveClass('demo');
      expect(root).toHaveAttribute('data-size', 'lg');
      expect(root).toHaveAttribute('data-label-placement', 'start');
      for (const name of ['data-invalid', 'data-disabled', 'data-readonly']) {
        expect(root).toHaveAttribute(name, 'true');
      }
      expect(screen.getByRole('checkbox')).toBeDisabled();
    });

    it('leaves the ARIA states to the caller', () => {
      render(<Demo label="A" invalid readOnly />);
      const input = screen.getByRole('checkbox');
      expect(input).not.toHaveAttribute('aria-invalid');
      expect(input).not.toHaveAttribute('aria-readonly');
    });
  });

  describe('given readOnly', () => {
    it('does not toggle on click, Space or the label, and calls no onChange', async () => {
      const onChange = vi.fn();
      const onClick = vi.fn();
      render(<Demo label="A" readOnly onChange={onChange} onClick={onClick} />);
      const input = screen.getByRole('checkbox', { name: 'A' });
      await userEvent.click(input);
      await userEvent.click(screen.getByText('A'));
      input.focus();
      await userEvent.keyboard(' ');
      expect(input).not.toBeChecked();
      expect(onChange).not.toHaveBeenCalled();
      expect(onClick).toHaveBeenCalled();
      expect(input).toHaveFocus();
    });

    it('toggles and calls onChange once it is not read-only', async () => {
      const onChange = vi.fn();
      render(<Demo label="A" onChange={onChange} />);
      await userEvent.click(screen.getByRole('checkbox'));
      expect(screen.getByRole('checkbox')).toBeChecked();
      expect(onChange).toHaveBeenCalledTimes(1);
    });
  });

  it('forwards the ref to the input and passes native props through', () => {
    const ref = createRef<HTMLInputElement>();
    render(<Demo ref={ref} label="A" name="n" value="v" id="own" />);
    expect(ref.current).toBe(screen.getByRole('checkbox'));
    expect(ref.current).toHaveAttribute('name', 'n');
    expect(ref.current).toHaveAttribute('value', 'v');
    expect(ref.current).toHaveAttribute('id', 'own');
  });
});
