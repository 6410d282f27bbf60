import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { figmaDesign } from '../../../.storybook/design';
import { RightToLeftBlock, Zoom200Block } from '../../../.storybook/stories';
import { cssVar } from '../../tokens';
import { Icon, type IconSize } from './Icon';
import { iconColors } from './Icon.styles';
import { createIcon, type IconNode } from './createIcon';
import * as icons from './icons';
import {
  ArrowLeftIcon,
  ArrowRightIcon,
  CheckIcon,
  ChevronRightIcon,
  CircleAlertIcon,
  InfoIcon,
  SendIcon,
  StarIcon,
} from './icons';

const sizes: IconSize[] = ['sm', 'md', 'lg', 'inherit'];

const meta = {
  title: 'Atoms/Icon',
  component: Icon,
  args: { size: 'md', color: 'currentColor' },
  argTypes: {
    size: { control: 'inline-radio', options: sizes },
    color: { control: 'select', options: ['currentColor', ...iconColors] },
  },
  parameters: {
    design: figmaDesign('Icon'),
    docs: {
      description: {
        component: `Icons are 24 × 24 SVG drawings (lucide, ISC) that take the colour of the text around them. Import each one by name: \`import { CheckIcon } from 'callicrates'\` — unused icons are dropped from the bundle. See **Atoms/Icon/Gallery** for the whole set.

**Use** an icon beside a text label to help recognition; give it a \`label\` only when it carries meaning no text says (a status icon alone). Use \`size="inherit"\` to follow the font size of inline text. Arrows and chevrons mirror in right-to-left text on their own; pass \`mirrorInRtl\` to custom direction-aware glyphs. Draw your own with \`createIcon\`.

**Don't** label an icon that sits next to the same words (it would be read twice), use an icon as the only name of a button (give the button \`aria-label\`), or colour an icon as the only signal of a status.`,
      },
    },
  },
} satisfies Meta<typeof Icon>;

export default meta;
type Story = StoryObj<typeof meta>;

const row = {
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'center',
  gap: cssVar('space.4'),
} as const;
const column = { display: 'grid', gap: cssVar('space.3') } as const;

export const Playground: Story = {
  render: (args) => <StarIcon {...args} />,
  play: async ({ canvasElement }) => {
    const svg = canvasElement.querySelector('svg');
    await expect(svg).toHaveAttribute('aria-hidden', 'true');
    // The default size, md, writes no attribute.
    await expect(svg).not.toHaveAttribute('data-size');
  },
};

/** Every size: `sm` 16, `md` 20, `lg` 24 and `inherit` (1em of the surrounding text). */
export const Sizes: Story = {
  render: () => (
    <div style={row}>
      {sizes.map((size) => (
        <span key={size} style={{ ...row, gap: cssVar('space.2') }}>
          <StarIcon size={size} label={`Star, ${size}`} />
          <span>{size}</span>
        </span>
      ))}
      <span style={{ fontSize: cssVar('font.size.700') }}>
        <StarIcon size="inherit" /> inherit at a large font size
      </span>
    </div>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('img', { name: 'Star, lg' })).toHaveAttribute('data-size', 'lg');
  },
};

/** The text and status colour roles, and `currentColor` (the default). */
export const Colors: Story = {
  render: () => (
    <div style={column}>
      <div style={row}>
        <span style={{ ...row, gap: cssVar('space.2') }}>
          <CheckIcon /> currentColor
        </span>
        {iconColors
          .filter((color) => color !== 'inverse')
          .map((color) => (
            <span key={color} style={{ ...row, gap: cssVar('space.2') }}>
              <CircleAlertIcon color={color} /> {color}
            </span>
          ))}
      </div>
      <div
        style={{
          ...row,
          padding: cssVar('space.3'),
          backgroundColor: cssVar('color.bg.inverse'),
          color: cssVar('color.text.inverse'),
        }}
      >
        <CircleAlertIcon color="inverse" /> inverse, on color.bg.inverse
      </div>
    </div>
  ),
};

/** Decorative icons are hidden from assistive technology; a labelled icon is an image. */
export const LabelledVsDecorative: Story = {
  render: () => (
    <div style={column}>
      <p style={{ ...row, gap: cssVar('space.2'), margin: 0 }}>
        <InfoIcon /> Decorative: the text says it all
      </p>
      <p style={{ ...row, gap: cssVar('space.2'), margin: 0 }}>
        <CircleAlertIcon color="error" label="Error" /> Labelled: the status has no other words
      </p>
    </div>
  ),
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getAllByRole('img')).toHaveLength(1);
    await expect(canvas.getByRole('img', { name: 'Error' })).toBeVisible();
    await expect(canvasElement.querySelectorAll('svg[aria-hidden="true"]')).toHaveLength(1);
  },
};

const directionRow = (
  <div style={row}>
    <ArrowLeftIcon label="Back" />
    <ArrowRightIcon label="Forward" />
    <ChevronRightIcon label="Next" />
    <SendIcon label="Send" />
    <CheckIcon label="Done (never mirrors)" />
  </div>
);

/** Stress: right-to-left. Arrows, chevrons and send point the other way; the check does not. */
export const RightToLeft: Story = {
  render: () => (
    <div style={column}>
      <div dir="ltr">{directionRow}</div>
      <RightToLeftBlock>{directionRow}</RightToLeftBlock>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const rtl = canvasElement.querySelector('[dir="rtl"]')!;
    const forward = rtl.querySelector('[aria-label="Forward"]')!;
    await expect(getComputedStyle(forward).transform).toBe('matrix(-1, 0, 0, 1, 0, 0)');
    const done = rtl.querySelector('[aria-label="Done (never mirrors)"]')!;
    await expect(getComputedStyle(done).transform).toBe('none');
  },
};

const logoNode: IconNode = [
  ['path', { d: 'M12 3 3 8v8l9 5 9-5V8z' }],
  ['path', { d: 'M12 12v9M3 8l9 4 9-4' }],
];
const CubeIcon = createIcon('CubeIcon', logoNode);
const PillarIcon = createIcon(
  'PillarIcon',
  <>
    <path d="M4 4h16M5 20h14" />
    <path d="M8 6v12M12 6v12M16 6v12" />
  </>,
);
const PointerIcon = createIcon('PointerIcon', <path d="M5 12h14M13 6l6 6-6 6" />, {
  mirrorInRtl: true,
});

/** `createIcon` turns lucide-style data or your own SVG elements into an icon component. */
export const CreateIcon: Story = {
  render: () => (
    <div style={row}>
      <CubeIcon size="lg" label="Cube (IconNode data)" />
      <PillarIcon size="lg" color="link" label="Pillar (JSX)" />
      <span dir="rtl">
        <PointerIcon size="lg" label="Pointer (mirrors in RTL)" />
      </span>
    </div>
  ),
  play: async ({ canvas }) => {
    const cube = canvas.getByRole('img', { name: 'Cube (IconNode data)' });
    await expect(cube.querySelectorAll('path')).toHaveLength(2);
    const pillar = canvas.getByRole('img', { name: 'Pillar (JSX)' });
    await expect(pillar).toHaveAttribute('data-color', 'link');
    await expect(canvas.getByRole('img', { name: 'Pointer (mirrors in RTL)' })).toHaveAttribute(
      'data-mirror',
    );
  },
};

/** Icons inline with text follow its size (`inherit`), also when a long word wraps. */
export const LongText: Story = {
  render: () => (
    <p style={{ maxInlineSize: '16rem', margin: 0, overflowWrap: 'anywhere' }}>
      <InfoIcon size="inherit" /> Antidisestablishmentarianismsupercalifragilisticexpialidocious{' '}
      <ArrowRightIcon size="inherit" />
    </p>
  ),
};

/** Stress: a crowded grid of every icon at the small size. */
export const CrowdedGrid: Story = {
  render: () => (
    <div
      style={{
        display: 'grid',
        gridTemplateColumns: `repeat(auto-fill, ${cssVar('size.6')})`,
        gap: cssVar('space.2'),
        color: cssVar('color.text.secondary'),
      }}
    >
      {Object.entries(icons).map(([name, Component]) => (
        <Component key={name} size="sm" />
      ))}
    </div>
  ),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('svg').length).toBeGreaterThanOrEqual(80);
  },
};

/** Stress: 200% zoom keeps the strokes crisp and the sizes proportional. */
export const Zoom200: Story = {
  render: () => (
    <Zoom200Block style={row}>
      {sizes.map((size) => (
        <StarIcon key={size} size={size} />
      ))}
      <span>
        Text <CheckIcon size="inherit" />
      </span>
    </Zoom200Block>
  ),
};
