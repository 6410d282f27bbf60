import { render, renderHook, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Field } from './Field';
import { useField } from './useField';

describe('useField', () => {
  it('derives ids from the given id and joins describedby in reading order', () => {
    const { result } = renderHook(() =>
      useField({
        component: 'Test',
        id: 'email',
        label: 'Email',
        description: 'Help',
        error: 'Wrong',
        withCount: true,
        'aria-describedby': 'outside',
      }),
    );
    expect(result.current).toEqual({
      inputId: 'email',
      labelId: 'email-label',
      descriptionId: 'email-description',
      errorId: 'email-error',
      countId: 'email-count',
      describedBy: 'email-description email-error email-count outside',
      invalid: true,
    });
  });

  it('generates a unique id per field', () => {
    const first = renderHook(() => useField({ component: 'Test', label: 'A' })).result.current;
    const second = renderHook(() => useField({ component: 'Test', label: 'B' })).result.current;
    expect(first.inputId).not.toBe(second.inputId);
    expect(first.describedBy).toBeUndefined();
    expect(first.invalid).toBe(false);
  });

  it('reports a control with no accessible name', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    renderHook(() => useField({ component: 'Picker' }));
    expect(error).toHaveBeenCalledWith(
      expect.stringContaining('[Callicrates] Picker: a form control needs an accessible name'),
    );
    error.mockRestore();
  });
});

describe('Field', () => {
  it('renders label, required marker, description and error around the control', () => {
    function Example() {
      const ids = useField({
        component: 'Example',
        label: 'Name',
        description: 'Help',
        error: 'Wrong',
      });
      return (
        <Field ids={ids} label="Name" description="Help" error="Wrong" required>
          <input id={ids.inputId} aria-describedby={ids.describedBy} required />
        </Field>
      );
    }
    render(<Example />);
    const input = screen.getByRole('textbox', { name: 'Name' });
    expect(input).toHaveAccessibleDescription('Help Wrong');
    expect(screen.getByText('*')).toHaveAttribute('aria-hidden', 'true');
    expect(input.closest('[data-invalid]')).not.toBeNull();
  });
});
