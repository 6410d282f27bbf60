import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { renderToString } from 'react-dom/server';
import { useForm } from 'react-hook-form';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetDevErrors } from '../../utils';
import { TextArea } from './TextArea';

// jsdom has no layout: give every line of text a 20-unit scroll height, and count the reads.
const reads = vi.fn();
beforeEach(() => {
  reads.mockClear();
  Object.defineProperty(HTMLTextAreaElement.prototype, 'scrollHeight', {
    configurable: true,
    get(this: HTMLTextAreaElement) {
      reads();
      return this.value.split('\n').length * 20;
    },
  });
});
afterEach(() => {
  delete (HTMLTextAreaElement.prototype as { scrollHeight?: number }).scrollHeight;
});

const box = (name = 'Notes') => screen.getByRole('textbox', { name }) as HTMLTextAreaElement;

describe('TextArea', () => {
  describe('given a label and rows', () => {
    it('is a labelled textarea with minRows as native rows and the row limits as CSS', () => {
      render(<TextArea label="Notes" description="Markdown works" minRows={2} maxRows={6} />);
      const textarea = box();
      expect(textarea.tagName).toBe('TEXTAREA');
      expect(textarea).toHaveAttribute('rows', '2');
      expect(textarea).toHaveAccessibleDescription('Markdown works');
      const control = textarea.parentElement as HTMLElement;
      expect(control.style.getPropertyValue('--_min-rows')).toBe('2');
      expect(control.style.getPropertyValue('--_max-rows')).toBe('6');
      expect(control).not.toHaveAttribute('data-resize');
      expect(control).not.toHaveAttribute('data-size');
    });

    it('writes resize and size only when not the default', () => {
      render(
        <>
          <TextArea label="A" resize="none" size="lg" />
          <TextArea label="B" resize="vertical" size="md" />
        </>,
      );
      expect(box('A').parentElement).toHaveAttribute('data-resize', 'none');
      expect(box('A').parentElement).toHaveAttribute('data-size', 'lg');
      expect(box('B').parentElement).not.toHaveAttribute('data-resize');
      expect(box('B').parentElement).not.toHaveAttribute('data-size');
    });

    it('describes with description, error and count in that order, then the caller', () => {
      render(
        <>
          <p id="outside">Outside</p>
          <TextArea
            label="Notes"
            description="Help"
            error="Too long"
            showCount
            maxLength={5}
            defaultValue="abcdefg"
            aria-describedby="outside"
          />
        </>,
      );
      expect(box()).toHaveAttribute('aria-invalid', 'true');
      expect(box()).toHaveAccessibleDescription('Help Too long 7/5 Outside');
      expect(screen.getByText('7/5')).toHaveAttribute('data-over');
    });
  });

  describe('auto-grow', () => {
    it('grows with typed lines (uncontrolled) and measures only when the text changes', async () => {
      function Parent() {
        const [, setTick] = useState(0);
        return (
          <>
            <TextArea label="Notes" />
            <button type="button" onClick={() => setTick((tick) => tick + 1)}>
              Rerender
            </button>
          </>
        );
      }
      render(<Parent />);
      await userEvent.type(box(), 'one{Enter}two{Enter}three');
      expect(box().style.height).toBe('60px');
      const before = reads.mock.calls.length;
      await userEvent.click(screen.getByRole('button', { name: 'Rerender' }));
      await userEvent.click(screen.getByRole('button', { name: 'Rerender' }));
      expect(reads.mock.calls.length).toBe(before);
    });

    it('follows a controlled value, including one set from outside', () => {
      const { rerender } = render(<TextArea label="Notes" value="a" onChange={() => {}} />);
      expect(box().style.height).toBe('20px');
      rerender(<TextArea label="Notes" value={'a\nb\nc\nd'} onChange={() => {}} />);
      expect(box().style.height).toBe('80px');
    });

    it('does not measure at a fixed height (maxRows equal to minRows)', async () => {
      render(<TextArea label="Notes" minRows={4} maxRows={4} />);
      await userEvent.type(box(), 'a{Enter}b');
      expect(reads).not.toHaveBeenCalled();
      expect(box().style.height).toBe('');
    });
  });

  describe('typing', () => {
    it('counts characters uncontrolled', async () => {
      render(<TextArea label="Notes" showCount maxLength={20} />);
      await userEvent.type(box(), 'Ionic');
      expect(screen.getByText('5/20')).toBeInTheDocument();
    });

    it('loses no keystroke when controlled by a parent that re-renders on every change', async () => {
      function Parent() {
        const [value, setValue] = useState('');
        return (
          <TextArea
            label="Notes"
            value={value}
            onChange={(event) => setValue(event.target.value)}
            showCount
          />
        );
      }
      render(<Parent />);
      const text = 'the quick brown fox{Enter}jumps over the lazy dog';
      await userEvent.type(box(), text, { delay: null });
      expect(box()).toHaveValue('the quick brown fox\njumps over the lazy dog');
      expect(screen.getByText('43')).toBeInTheDocument();
      expect(box().style.height).toBe('40px');
    });
  });

  describe('given disabled or read-only', () => {
    it('is disabled natively; read-only keeps its value', async () => {
      render(
        <>
          <TextArea label="A" disabled />
          <TextArea label="B" readOnly defaultValue="fixed" />
        </>,
      );
      expect(box('A')).toBeDisabled();
      await userEvent.type(box('B'), 'x');
      expect(box('B')).toHaveValue('fixed');
      expect(box('B').parentElement).toHaveAttribute('data-readonly');
    });
  });

  describe('in a native form', () => {
    it('submits its name and value; reset restores value, count and height', async () => {
      let submitted: FormData | undefined;
      render(
        <form
          onSubmit={(event) => {
            event.preventDefault();
            submitted = new FormData(event.currentTarget);
          }}
        >
          <TextArea label="Notes" name="notes" defaultValue="Athens" showCount />
          <button type="submit">Send</button>
          <button type="reset">Reset</button>
        </form>,
      );
      await userEvent.clear(box());
      await userEvent.type(box(), 'Delphi{Enter}Olympia');
      await userEvent.click(screen.getByRole('button', { name: 'Send' }));
      expect(submitted?.get('notes')).toMatch(/^Delphi\r?\nOlympia$/);
      expect(box().style.height).toBe('40px');
      await userEvent.click(screen.getByRole('button', { name: 'Reset' }));
      expect(box()).toHaveValue('Athens');
      await vi.waitFor(() => expect(screen.getByText('6')).toBeInTheDocument());
      expect(box().style.height).toBe('20px');
    });

    it('works with react-hook-form register (ref reaches the textarea)', async () => {
      const onValid = vi.fn();
      function Form() {
        const { register, handleSubmit, formState } = useForm<{ bio: string }>();
        return (
          <form onSubmit={handleSubmit(onValid)}>
            <TextArea
              label="Bio"
              {...register('bio', { required: 'Tell us about yourself' })}
              error={formState.errors.bio?.message}
            />
            <button type="submit">Save</button>
          </form>
        );
      }
      render(<Form />);
      await userEvent.click(screen.getByRole('button', { name: 'Save' }));
      expect(await screen.findByText('Tell us about yourself')).toBeInTheDocument();
      expect(box('Bio')).toHaveFocus();
      await userEvent.type(box('Bio'), 'Sculptor');
      await userEvent.click(screen.getByRole('button', { name: 'Save' }));
      await vi.waitFor(() =>
        expect(onValid).toHaveBeenCalledWith({ bio: 'Sculptor' }, expect.anything()),
      );
    });
  });

  it('forwards the ref to the <textarea> and passes native props through', () => {
    const ref = createRef<HTMLTextAreaElement>();
    render(<TextArea label="Notes" ref={ref} placeholder="Write" wrap="off" data-testid="t" />);
    expect(ref.current).toBe(box());
    expect(box()).toHaveAttribute('placeholder', 'Write');
    expect(box()).toHaveAttribute('wrap', 'off');
    expect(box()).toHaveAttribute('data-testid', 't');
  });

  describe('given bad input', () => {
    it('reports a missing label and impossible rows, and still renders', () => {
      resetDevErrors();
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      // @ts-expect-error label is required by the type; plain-JS callers can still omit it.
      render(<TextArea minRows={4} maxRows={2} />);
      expect(screen.getByRole('textbox')).toHaveAttribute('rows', '4');
      expect(error).toHaveBeenCalledWith(
        expect.stringContaining('[Callicrates] TextArea: a form control needs an accessible name'),
      );
      expect(error).toHaveBeenCalledWith(
        '[Callicrates] TextArea: `minRows` must be at least 1 and `maxRows` at least `minRows`; got 4 and 2.',
      );
      error.mockRestore();
    });
  });

  it('renders on the server with native rows', () => {
    const html = renderToString(<TextArea label="Notes" name="notes" minRows={5} error="Wrong" />);
    expect(html).toContain('<textarea');
    expect(html).toContain('rows="5"');
    expect(html).toContain('aria-invalid="true"');
    expect(html).not.toContain('data-size');
    expect(html).not.toContain('data-resize');
  });
});
