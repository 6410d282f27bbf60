import { useState, type FormHTMLAttributes, type ReactNode } from 'react';
import { expect, userEvent, type within } from 'storybook/test';
import { Button } from '../../src/atoms/Button';
import { css } from '../../src/theme/css';
import { defineStyles } from '../../src/theme';
import { cssVar } from '../../src/tokens';

/*
 * The scaffolding of the form controls' `InForm` stories (fields, Checkbox, groups, Switch):
 * a native form around the control, a Submit and a Reset button, and an <output> that shows
 * what the last submit sent, so the play function (and a reader of the screenshot) sees the
 * FormData the browser built. Button, IconButton and Tag test other things in a form (which
 * button submits, hidden inputs) and keep their own.
 */

const actionsClass = defineStyles(css`
  label: story-form-actions;
  display: flex;
  gap: ${cssVar('space.2')};
`);

/** The `canvas` a play function receives. */
type Canvas = ReturnType<typeof within>;

export interface StoryFormProps extends Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit'> {
  /** The controls under test, above the buttons. */
  children: ReactNode;
  /** Text of the submit button. @default 'Submit' */
  submitLabel?: string;
  /**
   * What the output shows, as JSON, of the submitted FormData.
   * @default Object.fromEntries (the last value of each name)
   */
  serialize?: (data: FormData) => unknown;
}

/** A native form that shows its submitted FormData as JSON in `<output data-testid="submitted">`. */
export function StoryForm({
  children,
  submitLabel = 'Submit',
  serialize = Object.fromEntries,
  ...rest
}: StoryFormProps) {
  const [submitted, setSubmitted] = useState('');
  return (
    <form
      {...rest}
      onSubmit={(event) => {
        event.preventDefault();
        setSubmitted(JSON.stringify(serialize(new FormData(event.currentTarget))));
      }}
    >
      {children}
      <div className={actionsClass}>
        <Button type="submit">{submitLabel}</Button>
        <Button type="reset" variant="secondary">
          Reset
        </Button>
      </div>
      <output data-testid="submitted">{submitted}</output>
    </form>
  );
}

/** Clicks the StoryForm's submit button. */
export async function submitStoryForm(canvas: Canvas, submitLabel = 'Submit') {
  await userEvent.click(canvas.getByRole('button', { name: submitLabel }));
}

/** Clicks the StoryForm's Reset button. */
export async function resetStoryForm(canvas: Canvas) {
  await userEvent.click(canvas.getByRole('button', { name: 'Reset' }));
}

/** Asserts that the StoryForm's output shows `value`, as JSON, from the last submit. */
export async function expectSubmitted(canvas: Canvas, value: unknown) {
  await expect(canvas.getByTestId('submitted')).toHaveTextContent(JSON.stringify(value));
}
