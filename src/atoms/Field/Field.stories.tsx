import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { figmaDesign } from '../../../.storybook/design';
import { RightToLeftBlock } from '../../../.storybook/stories';
import { cssVar } from '../../tokens';
import { Field, type FieldProps } from './Field';
import { useField } from './useField';

/** A custom control built on the shared anatomy, as a product team would build one. */
function ColourPicker({
  label,
  description,
  error,
  required,
  disabled,
}: Pick<FieldProps, 'label' | 'description' | 'error' | 'required' | 'disabled'>) {
  const ids = useField({ component: 'ColourPicker', label, description, error });
  return (
    <Field
      ids={ids}
      label={label}
      description={description}
      error={error}
      required={required}
      disabled={disabled}
    >
      <select
        id={ids.inputId}
        aria-describedby={ids.describedBy}
        aria-invalid={ids.invalid || undefined}
        required={required}
        disabled={disabled}
        style={{ padding: cssVar('space.2'), borderRadius: cssVar('radius.md') }}
      >
        <option>Marble white</option>
        <option>Aegean blue</option>
      </select>
    </Field>
  );
}

const meta = {
  title: 'Atoms/Field',
  component: ColourPicker,
  args: { label: 'Accent colour' },
  parameters: {
    design: figmaDesign('Field'),
    docs: {
      description: {
        component: `The anatomy every form control shares: label with required marker, the control, description and error message. \`useField\` gives the ids and the \`aria-describedby\`/\`aria-invalid\` wiring; \`Field\` lays them out.

**Use** it to build a control Callicrates does not have, so it reads and behaves like ours. **Don't** wrap Callicrates controls in it: they already are.`,
      },
    },
  },
} satisfies Meta<typeof ColourPicker>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Anatomy: Story = {
  args: { description: 'Used for links and highlights.', required: true },
  play: async ({ canvas }) => {
    const select = canvas.getByRole('combobox', { name: 'Accent colour' });
    await expect(select).toHaveAccessibleDescription('Used for links and highlights.');
    await expect(select).toBeRequired();
  },
};

export const WithError: Story = {
  args: {
    description: 'Used for links and highlights.',
    error: 'Pick a colour with enough contrast.',
  },
  play: async ({ canvas }) => {
    const select = canvas.getByRole('combobox');
    await expect(select).toHaveAttribute('aria-invalid', 'true');
    await expect(select).toHaveAccessibleDescription(
      'Used for links and highlights. Pick a colour with enough contrast.',
    );
  },
};

export const Disabled: Story = {
  args: { disabled: true, description: 'Locked by your organisation.' },
};

export const RightToLeft: Story = {
  render: (args) => (
    <RightToLeftBlock>
      <ColourPicker {...args} label="لون التمييز" description="يستخدم للروابط" required />
    </RightToLeftBlock>
  ),
};
