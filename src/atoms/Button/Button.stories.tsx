import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { figmaDesign } from '../../../.storybook/design';
import {
  controlSizes,
  inlineRadio,
  RightToLeftBlock,
  Zoom200Block,
} from '../../../.storybook/stories';
import { cssVar } from '../../tokens';
import { ArrowGlyph, PlusGlyph } from '../../test/storyIcons';
import { Button, type ButtonVariant } from './Button';

const variants: ButtonVariant[] = ['primary', 'secondary', 'tertiary', 'danger'];

const meta = {
  title: 'Atoms/Button',
  component: Button,
  args: { children: 'Save changes', onClick: fn() },
  argTypes: {
    variant: inlineRadio(variants),
    size: inlineRadio(controlSizes),
    startIcon: { control: false },
    endIcon: { control: false },
  },
  parameters: {
    design: figmaDesign('Button'),
    docs: {
      description: {
        component: `Buttons start actions: submit a form, open a dialog, save.

**Use** \`primary\` for the one main action of a view, \`secondary\` for the others, \`tertiary\` for low-emphasis actions in dense UI, \`danger\` for destructive ones (pair it with a confirmation).

**Don't** use a Button to navigate between pages: use Link, or give the Button an \`href\` when it must look like a button. Don't disable a submit button to signal invalid input; let the user submit and show the errors. An icon-only button needs \`aria-label\` (IconButton will make that impossible to forget).`,
      },
    },
  },
} satisfies Meta<typeof Button>;

export default meta;
type Story = StoryObj<typeof meta>;

const row = {
  display: 'flex',
  flexWrap: 'wrap',
  gap: cssVar('space.3'),
  alignItems: 'center',
} as const;
const column = { display: 'grid', gap: cssVar('space.3') } as const;

export const Playground: Story = {
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Save changes' }));
    await expect(args.onClick).toHaveBeenCalledTimes(1);
  },
};

/** Every variant in every size: one snapshot covers the matrix. */
export const VariantsAndSizes: Story = {
  // Its states must survive Windows contrast themes: one more picture in forced colours.
  parameters: { visual: { forcedColors: true } },
  render: (args) => (
    <div style={column}>
      {variants.map((variant) => (
        <div key={variant} style={row}>
          {controlSizes.map((size) => (
            <Button key={size} {...args} variant={variant} size={size}>
              {`${variant} ${size}`}
            </Button>
          ))}
        </div>
      ))}
    </div>
  ),
};

export const Primary: Story = { args: { variant: 'primary' } };
export const Secondary: Story = { args: { variant: 'secondary' } };
export const Tertiary: Story = { args: { variant: 'tertiary' } };
export const Danger: Story = { args: { variant: 'danger', children: 'Delete project' } };

export const Disabled: Story = {
  // Its states must survive Windows contrast themes: one more picture in forced colours.
  parameters: { visual: { forcedColors: true } },
  render: (args) => (
    <div style={row}>
      {variants.map((variant) => (
        <Button key={variant} {...args} variant={variant} disabled>
          {variant}
        </Button>
      ))}
    </div>
  ),
  play: async ({ canvas, args }) => {
    const [first] = canvas.getAllByRole('button');
    await expect(first).toBeDisabled();
    await userEvent.click(first!, { pointerEventsCheck: 0 });
    await expect(args.onClick).not.toHaveBeenCalled();
  },
};

export const Loading: Story = {
  render: (args) => (
    <div style={row}>
      {variants.map((variant) => (
        <Button key={variant} {...args} variant={variant} loading>
          {variant}
        </Button>
      ))}
    </div>
  ),
  play: async ({ canvas, args }) => {
    const [first] = canvas.getAllByRole('button');
    await expect(first).toHaveAttribute('aria-busy', 'true');
    await userEvent.click(first!);
    await expect(args.onClick).not.toHaveBeenCalled();
    await expect(canvas.getAllByRole('status')[0]).toHaveTextContent('Loading');
  },
};

export const WithIcons: Story = {
  render: (args) => (
    <div style={column}>
      {controlSizes.map((size) => (
        <div key={size} style={row}>
          <Button {...args} size={size} startIcon={<PlusGlyph />}>
            New file
          </Button>
          <Button {...args} size={size} variant="secondary" endIcon={<ArrowGlyph />}>
            Continue
          </Button>
          <Button
            {...args}
            size={size}
            variant="tertiary"
            startIcon={<PlusGlyph />}
            endIcon={<ArrowGlyph />}
          >
            Both
          </Button>
        </div>
      ))}
    </div>
  ),
};

export const FullWidth: Story = { args: { fullWidth: true } };

export const AsLink: Story = {
  render: () => (
    <div style={row}>
      <Button href="#pricing" variant="primary" endIcon={<ArrowGlyph />}>
        See pricing
      </Button>
      <Button href="#pricing" variant="secondary" disabled>
        Disabled link
      </Button>
    </div>
  ),
  args: { onClick: undefined },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('link', { name: 'See pricing' })).toHaveAttribute(
      'href',
      '#pricing',
    );
    const disabled = canvas.getByRole('link', { name: 'Disabled link' });
    await expect(disabled).not.toHaveAttribute('href');
    await expect(disabled).toHaveAttribute('aria-disabled', 'true');
  },
};

export const Toggle: Story = {
  render: (args) => (
    <div style={row}>
      <Button {...args} variant="secondary" pressed={false}>
        Bold
      </Button>
      <Button {...args} variant="secondary" pressed>
        Italic
      </Button>
    </div>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Italic' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  },
};

export const KeyboardFocus: Story = {
  // Its states must survive Windows contrast themes: one more picture in forced colours.
  parameters: { visual: { forcedColors: true } },
  play: async ({ canvas, args }) => {
    await userEvent.tab();
    const button = canvas.getByRole('button');
    await expect(button).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard(' ');
    await expect(args.onClick).toHaveBeenCalledTimes(2);
  },
};

/** Stress: a label with no space to break at wraps inside the button instead of overflowing. */
export const LongText: Story = {
  render: (args) => (
    <div style={{ ...column, maxInlineSize: '16rem' }}>
      <Button {...args}>SupercalifragilisticexpialidociousConfigurationManagementSettings</Button>
      <Button {...args} variant="secondary" startIcon={<PlusGlyph />}>
        A much longer label than a button should ever carry, wrapping over lines
      </Button>
    </div>
  ),
};

/** Stress: right-to-left; icons and padding mirror through logical properties. */
export const RightToLeft: Story = {
  render: (args) => (
    <RightToLeftBlock style={row}>
      <Button {...args} startIcon={<PlusGlyph />}>
        حفظ التغييرات
      </Button>
      <Button {...args} variant="secondary" endIcon={<ArrowGlyph />}>
        متابعة
      </Button>
    </RightToLeftBlock>
  ),
};

/** Stress: 200% text zoom (WCAG 1.4.4): nothing clips or overlaps. */
export const Zoom200: Story = {
  render: (args) => (
    <Zoom200Block style={row}>
      <Button {...args} size="sm">
        Small
      </Button>
      <Button {...args} loading>
        Loading
      </Button>
    </Zoom200Block>
  ),
};

export const InForm: Story = {
  render: (args) => (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        args.onClick?.(event as never);
      }}
      style={row}
    >
      <Button variant="secondary">Does not submit</Button>
      <Button type="submit">Submit</Button>
    </form>
  ),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Does not submit' }));
    await expect(args.onClick).not.toHaveBeenCalled();
    await userEvent.click(canvas.getByRole('button', { name: 'Submit' }));
    await expect(args.onClick).toHaveBeenCalledTimes(1);
  },
};
