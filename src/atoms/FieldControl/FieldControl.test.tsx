import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { resetDevErrors } from '../../utils';
import { XIcon } from '../Icon';
import { FieldAction } from './FieldAction';
import { FieldControl } from './FieldControl';

describe('FieldAction', () => {
  describe('given an aria-label and an icon', () => {
    it('is a named type="button" that does not submit forms', async () => {
      const onSubmit = vi.fn((event: { preventDefault: () => void }) => event.preventDefault());
      const onClick = vi.fn();
      render(
        <form onSubmit={onSubmit}>
          <FieldAction aria-label="Clear" icon={<XIcon />} onClick={onClick} />
        </form>,
      );
      const button = screen.getByRole('button', { name: 'Clear' });
      expect(button).toHaveAttribute('type', 'button');
      await userEvent.click(button);
      expect(onClick).toHaveBeenCalledTimes(1);
      expect(onSubmit).not.toHaveBeenCalled();
    });

    it('forwards the ref and passes native props through', () => {
      const ref = createRef<HTMLButtonElement>();
      render(<FieldAction ref={ref} aria-label="Clear" icon={<XIcon />} tabIndex={-1} />);
      expect(ref.current).toBe(screen.getByRole('button'));
      expect(ref.current).toHaveAttribute('tabindex', '-1');
    });
  });

  describe('given no aria-label', () => {
    it('reports it in development and still renders', () => {
      resetDevErrors();
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      // @ts-expect-error aria-label is required by the type; plain-JS callers can omit it.
      render(<FieldAction component="SearchField" icon={<XIcon />} />);
      expect(screen.getByRole('button')).toBeInTheDocument();
      expect(error).toHaveBeenCalledWith(
        '[Callicrates] SearchField: an icon-only field action needs an `aria-label`.',
      );
      error.mockRestore();
    });
  });
});

describe('FieldControl', () => {
  describe('given the public component name', () => {
    it('names that component in development messages', () => {
      resetDevErrors();
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      // @ts-expect-error label is required by the type; plain-JS callers can omit it.
      render(<FieldControl component="Demo" />);
      expect(error).toHaveBeenCalledWith(
        expect.stringContaining('[Callicrates] Demo: a form control needs an accessible name'),
      );
      error.mockRestore();
    });

    it('renders the field anatomy around the input with prefix, suffix and count', async () => {
      render(
        <FieldControl
          component="Demo"
          label="Code"
          description="Six letters"
          prefix="#"
          suffix="end"
          showCount
          maxLength={6}
        />,
      );
      const input = screen.getByRole('textbox', { name: 'Code' });
      await userEvent.type(input, 'abc');
      expect(input).toHaveAccessibleDescription('Six letters 3/6');
      await userEvent.click(screen.getByText('end'));
      expect(input).toHaveFocus();
    });
  });

  describe('given a size', () => {
    it('writes data-size on the box only when not the md default', () => {
      render(
        <>
          <FieldControl component="Demo" label="A" />
          <FieldControl component="Demo" label="B" size="md" />
          <FieldControl component="Demo" label="C" size="sm" />
        </>,
      );
      const boxOf = (name: string) => screen.getByRole('textbox', { name }).parentElement;
      expect(boxOf('A')).not.toHaveAttribute('data-size');
      expect(boxOf('B')).not.toHaveAttribute('data-size');
      expect(boxOf('C')).toHaveAttribute('data-size', 'sm');
    });
  });
});
