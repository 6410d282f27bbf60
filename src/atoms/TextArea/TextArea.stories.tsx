import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent } from 'storybook/test';
import { figmaDesign } from '../../../.storybook/design';
import {
  controlSizes,
  expectSubmitted,
  inlineRadio,
  longLabel,
  RightToLeftBlock,
  StoryForm,
  submitStoryForm,
  unbrokenError,
  Zoom200Block,
} from '../../../.storybook/stories';
import { cssVar } from '../../tokens';
import { TextArea } from './TextArea';

const meta = {
  title: 'Atoms/TextArea',
  component: TextArea,
  args: { label: 'Description', name: 'description', onChange: fn() },
  argTypes: {
    size: inlineRadio(controlSizes),
    resize: inlineRadio(['vertical', 'none']),
  },
  parameters: {
    design: figmaDesign('TextArea'),
    docs: {
      description: {
        component: `A multi-line text input that grows with its content from \`minRows\` (also the native \`rows\`, so it has that height without JavaScript) up to \`maxRows\`, then scrolls. Optional character count (\`showCount\`, \`maxLength\`) and resize handle (\`resize\`).

**Use** it for free text longer than a line: descriptions, comments, messages, addresses. Size \`minRows\` to the answer you expect; set \`maxRows\` in dense layouts so the page does not jump.

**Don't** use it for a single line (TextField) or for rich text. Don't set \`maxLength\` without \`showCount\`: people need to see the limit before they hit it.`,
      },
    },
  },
} satisfies Meta<typeof TextArea>;

export default meta;
type Story = StoryObj<typeof meta>;

const stack = { display: 'grid', gap: cssVar('space.4'), maxInlineSize: '24rem' } as const;

export const Playground: Story = {
  args: { description: 'Shown on the project page.', minRows: 2, maxRows: 6 },
  play: async ({ canvas, args }) => {
    const textarea = canvas.getByRole('textbox', { name: 'Description' });
    const initial = textarea.getBoundingClientRect().height;
    await userEvent.type(textarea, 'Line one{Enter}Line two{Enter}Line three{Enter}Line four');
    await expect(textarea).toHaveValue('Line one\nLine two\nLine three\nLine four');
    await expect(args.onChange).toHaveBeenCalled();
    await expect(textarea.getBoundingClientRect().height).toBeGreaterThan(initial);
    await expect(textarea.scrollHeight).toBeLessThanOrEqual(textarea.clientHeight);
  },
};

/** Auto-grow stops at maxRows and scrolls; a fixed height when maxRows equals minRows. */
export const AutoGrow: Story = {
  render: (args) => (
    <div style={stack}>
      <TextArea
        {...args}
        label="Grows to 4 rows"
        minRows={1}
        maxRows={4}
        defaultValue={'One\nTwo\nThree\nFour\nFive\nSix'}
      />
      <TextArea {...args} label="Fixed 3 rows" minRows={3} maxRows={3} resize="none" />
    </div>
  ),
  play: async ({ canvas }) => {
    const grown = canvas.getByRole('textbox', { name: 'Grows to 4 rows' });
    await expect(grown.scrollHeight).toBeGreaterThan(grown.clientHeight);
    const lineHeight = parseFloat(getComputedStyle(grown).lineHeight);
    await expect(grown.clientHeight).toBeLessThan(lineHeight * 5);
  },
};

export const Sizes: Story = {
  render: (args) => (
    <div style={stack}>
      {controlSizes.map((size) => (
        <TextArea
          key={size}
          {...args}
          size={size}
          label={`Size ${size}`}
          minRows={2}
          placeholder="Placeholder"
        />
      ))}
    </div>
  ),
};

export const States: Story = {
  render: (args) => (
    <div style={stack}>
      <TextArea {...args} label="Required" required minRows={2} />
      <TextArea {...args} label="Disabled" disabled minRows={2} defaultValue="Cannot edit" />
      <TextArea {...args} label="Read-only" readOnly minRows={2} defaultValue="Can select" />
      <TextArea
        {...args}
        label="Invalid"
        minRows={2}
        defaultValue="Too short"
        error="Write at least 50 characters."
      />
      <TextArea {...args} label="No resize" resize="none" minRows={2} />
    </div>
  ),
};

export const CharacterCount: Story = {
  args: { label: 'Bio', showCount: true, maxLength: 80, defaultValue: 'Sculptor of the Parthenon' },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('25/80')).toBeVisible();
    await userEvent.type(canvas.getByRole('textbox', { name: 'Bio' }), ' frieze');
    await expect(canvas.getByText('32/80')).toBeVisible();
  },
};

/** Controlled: the parent owns the value and re-renders on every keystroke; none is lost. */
export const Controlled: Story = {
  render: function Render(args) {
    const [value, setValue] = useState('');
    return (
      <div style={stack}>
        <TextArea
          {...args}
          label="Comment"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          showCount
          maxRows={5}
        />
      </div>
    );
  },
  play: async ({ canvas }) => {
    const textarea = canvas.getByRole('textbox', { name: 'Comment' });
    await userEvent.type(textarea, 'Quick brown fox{Enter}jumps');
    await expect(textarea).toHaveValue('Quick brown fox\njumps');
  },
};

/** Submits with a native form; Reset restores value, height and count. */
export const InForm: Story = {
  render: (args) => (
    <StoryForm style={stack} submitLabel="Send">
      <TextArea {...args} label="Message" name="message" minRows={2} showCount required />
    </StoryForm>
  ),
  play: async ({ canvas }) => {
    await userEvent.type(canvas.getByRole('textbox', { name: 'Message' }), 'Χαίρετε');
    await submitStoryForm(canvas, 'Send');
    await expectSubmitted(canvas, { message: 'Χαίρετε' });
  },
};

export const KeyboardFocus: Story = {
  args: { minRows: 2 },
  play: async ({ canvas }) => {
    await userEvent.tab();
    await expect(canvas.getByRole('textbox')).toHaveFocus();
  },
};

/** Stress: a long unbroken word wraps inside the box; label and error wrap too. */
export const LongText: Story = {
  args: {
    label: longLabel,
    defaultValue:
      'https://example.com/averyveryveryveryveryveryverylongpathwithoutanyspacesatallthatkeepsgoing',
    error: unbrokenError,
    showCount: true,
    maxLength: 200,
    minRows: 2,
  },
  render: (args) => (
    <div style={{ maxInlineSize: '18rem' }}>
      <TextArea {...args} />
    </div>
  ),
};

/** Stress: right-to-left; the count moves to the left. */
export const RightToLeft: Story = {
  render: (args) => (
    <RightToLeftBlock style={stack}>
      <TextArea
        {...args}
        label="الوصف"
        description="يظهر في صفحة المشروع"
        showCount
        maxLength={120}
        minRows={2}
        defaultValue="معبد البارثينون في أثينا"
      />
    </RightToLeftBlock>
  ),
};

/** Stress: 200% zoom (WCAG 1.4.4). */
export const Zoom200: Story = {
  render: (args) => (
    <Zoom200Block style={stack}>
      <TextArea {...args} label="Zoomed" description="Still readable" minRows={2} required />
    </Zoom200Block>
  ),
};
