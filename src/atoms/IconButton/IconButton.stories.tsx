import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent } from 'storybook/test';
import { figmaDesign } from '../../../.storybook/design';
import {
  controlSizes,
  inlineRadio,
  RightToLeftBlock,
  Zoom200Block,
} from '../../../.storybook/stories';
import { cssVar } from '../../tokens';
import { ChevronRightIcon, PlusIcon, SearchIcon, StarIcon, Trash2Icon, XIcon } from '../Icon';
import { IconButton, type IconButtonVariant } from './IconButton';
import { Text } from '../Text';

const variants: IconButtonVariant[] = ['primary', 'secondary', 'tertiary', 'danger'];

const meta = {
  title: 'Atoms/IconButton',
  component: IconButton,
  args: { label: 'Close dialog', icon: <XIcon />, onClick: fn() },
  argTypes: {
    variant: inlineRadio(variants),
    size: inlineRadio(controlSizes),
    icon: { control: false },
  },
  parameters: {
    design: figmaDesign('IconButton'),
    docs: {
      description: {
        component: `A square button that shows only an icon. Its \`label\` is required and becomes the accessible name; a Tooltip (to come) will show the same text to sighted users by wrapping the button, which forwards its ref and every prop for that.

It is a Button (same variants, sizes, \`loading\`, \`pressed\`, \`disabled\`) with \`data-shape="square"\`. The default variant is \`tertiary\`: icon buttons mostly sit in toolbars, headers and table rows.

**Use** it for well-known actions where an icon is clear to everyone: close, search, more, delete in a row of many.

**Don't** use it for the main action of a view or for an action whose icon needs explaining: use a Button with text. Don't rely on \`title\` for the tooltip.`,
      },
    },
  },
} satisfies Meta<typeof IconButton>;

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
    const button = canvas.getByRole('button', { name: 'Close dialog' });
    await userEvent.click(button);
    await expect(args.onClick).toHaveBeenCalledTimes(1);
    // Square: as wide as it is tall.
    const box = button.getBoundingClientRect();
    await expect(Math.round(box.width)).toBe(Math.round(box.height));
  },
};

/** Every variant in every size. */
export const VariantsAndSizes: Story = {
  render: (args) => (
    <div style={column}>
      {variants.map((variant) => (
        <div key={variant} style={row}>
          {controlSizes.map((size) => (
            <IconButton
              key={size}
              {...args}
              variant={variant}
              size={size}
              icon={<PlusIcon />}
              label={`Add (${variant} ${size})`}
            />
          ))}
        </div>
      ))}
    </div>
  ),
  play: async ({ canvas }) => {
    for (const size of controlSizes) {
      const box = canvas
        .getByRole('button', { name: `Add (primary ${size})` })
        .getBoundingClientRect();
      await expect(Math.round(box.width)).toBe(Math.round(box.height));
    }
  },
};

export const Disabled: Story = {
  render: (args) => (
    <div style={row}>
      {variants.map((variant) => (
        <IconButton
          key={variant}
          {...args}
          variant={variant}
          label={`Delete (${variant})`}
          icon={<Trash2Icon />}
          disabled
        />
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
        <IconButton
          key={variant}
          {...args}
          variant={variant}
          label={`Search (${variant})`}
          icon={<SearchIcon />}
          loading
        />
      ))}
    </div>
  ),
  play: async ({ canvas, args }) => {
    const button = canvas.getByRole('button', { name: 'Search (primary)' });
    await expect(button).toHaveAttribute('aria-busy', 'true');
    await userEvent.click(button);
    await expect(args.onClick).not.toHaveBeenCalled();
  },
};

/** A toggle (`pressed`): `aria-pressed` and the pressed background. */
export const Toggle: Story = {
  render: function Render(args) {
    const [favourite, setFavourite] = useState(false);
    return (
      <div style={row}>
        <IconButton
          {...args}
          label="Favourite"
          icon={<StarIcon />}
          variant="secondary"
          pressed={favourite}
          onClick={() => setFavourite(!favourite)}
        />
        <IconButton {...args} label="Starred" icon={<StarIcon />} variant="tertiary" pressed />
      </div>
    );
  },
  play: async ({ canvas }) => {
    const button = canvas.getByRole('button', { name: 'Favourite' });
    await expect(button).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(button);
    await expect(button).toHaveAttribute('aria-pressed', 'true');
  },
};

export const KeyboardFocus: Story = {
  play: async ({ canvas, args }) => {
    await userEvent.tab();
    const button = canvas.getByRole('button', { name: 'Close dialog' });
    await expect(button).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard(' ');
    await expect(args.onClick).toHaveBeenCalledTimes(2);
  },
};

/** A toolbar of icon buttons in a form: none submits; the one with type="submit" does. */
export const InForm: Story = {
  render: function Render() {
    const [submitted, setSubmitted] = useState('');
    return (
      <form
        style={row}
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(
            event.currentTarget,
            (event.nativeEvent as SubmitEvent).submitter,
          );
          setSubmitted(JSON.stringify(Object.fromEntries(data)));
        }}
      >
        <IconButton label="Clear" icon={<XIcon />} />
        <IconButton
          label="Search"
          icon={<SearchIcon />}
          type="submit"
          name="intent"
          value="search"
          variant="primary"
        />
        <Text role="status" as="div">
          {submitted || 'Not submitted'}
        </Text>
      </form>
    );
  },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Clear' }));
    await expect(canvas.getByRole('status')).toHaveTextContent('Not submitted');
    await userEvent.click(canvas.getByRole('button', { name: 'Search' }));
    await expect(canvas.getByRole('status')).toHaveTextContent('{"intent":"search"}');
  },
};

/** Stress: a long label never shows: the button stays square, the name stays whole. */
export const LongText: Story = {
  args: {
    label: 'SupercalifragilisticexpialidociousConfigurationManagementSettingsCloseAction',
  },
  render: (args) => (
    <div style={{ ...row, maxInlineSize: cssVar('size.24') }}>
      <IconButton {...args} />
      <IconButton {...args} size="lg" variant="secondary" />
    </div>
  ),
  play: async ({ canvas, args }) => {
    const [button] = canvas.getAllByRole('button', { name: args.label });
    const box = button!.getBoundingClientRect();
    await expect(Math.round(box.width)).toBe(Math.round(box.height));
  },
};

/** Stress: right-to-left. Direction-aware glyphs (chevrons) mirror when they ask to. */
export const RightToLeft: Story = {
  render: (args) => (
    <RightToLeftBlock style={row}>
      <IconButton {...args} label="إغلاق" />
      <IconButton {...args} label="التالي" icon={<ChevronRightIcon />} variant="secondary" />
      <IconButton {...args} label="إضافة" icon={<PlusIcon />} variant="primary" />
    </RightToLeftBlock>
  ),
};

/** Stress: 200% zoom (WCAG 1.4.4): still square, the icon centred. */
export const Zoom200: Story = {
  render: (args) => (
    <Zoom200Block style={row}>
      <IconButton {...args} size="sm" />
      <IconButton {...args} variant="secondary" />
      <IconButton {...args} loading label="Saving" />
    </Zoom200Block>
  ),
};

/** Crowded: a dense toolbar of small icon buttons, one pressed. */
export const Toolbar: Story = {
  render: (args) => (
    <div role="toolbar" aria-label="Formatting" style={{ display: 'flex', gap: cssVar('space.1') }}>
      {['Favourite', 'Add', 'Search', 'Delete', 'Close'].map((label, index) => (
        <IconButton
          key={label}
          {...args}
          size="sm"
          label={label}
          pressed={index === 0 ? true : undefined}
          icon={[<StarIcon />, <PlusIcon />, <SearchIcon />, <Trash2Icon />, <XIcon />][index]}
        />
      ))}
    </div>
  ),
};
