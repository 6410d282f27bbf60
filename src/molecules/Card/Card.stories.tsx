import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent } from 'storybook/test';
import { figmaDesign } from '../../../.storybook/design';
import {
  inlineRadio,
  RightToLeftBlock,
  StoryIllustration,
  unbrokenError,
  Zoom200Block,
} from '../../../.storybook/stories';
import { Badge } from '../../atoms/Badge';
import { Button } from '../../atoms/Button';
import { EllipsisIcon } from '../../atoms/Icon';
import { IconButton } from '../../atoms/IconButton';
import { Link } from '../../atoms/Link';
import { Text } from '../../atoms/Text';
import { cssVar } from '../../tokens';
import { Card } from '.';

const meta = {
  title: 'Molecules/Card',
  component: Card,
  args: {
    title: 'Quarterly report',
    description: 'Updated 2 days ago by Ada Lovelace',
    children: 'Revenue grew 12% over the quarter, led by the new subscription plans.',
  },
  argTypes: {
    variant: inlineRadio(['outlined', 'elevated']),
    orientation: inlineRadio(['vertical', 'horizontal']),
    media: { control: false },
    actions: { control: false },
    footer: { control: false },
  },
  parameters: {
    design: figmaDesign('Card'),
    docs: {
      description: {
        component: `A bounded group of content about one thing. Parts: a header (\`title\` in a heading of \`headingLevel\`, \`description\`, \`actions\`), \`media\`, the body (children) and a \`footer\`. The media is drawn first (above, or at the start with \`orientation="horizontal"\`) while the title comes first in the reading order.

**Whole-card link or action.** With \`href\` (or \`as\` and \`to\` for a router's link, \`linkProps\` for \`target\` and the like) the card is one link; with \`onClick\`, one button. The title is that link or button, and its area is stretched over the card (the "pseudo-content" pattern of Bootstrap's stretched link and GitHub's cards): a press anywhere on the card follows it, the link's name is the title alone, and no interactive element is nested inside another. The header's actions, the footer's controls and links in the body are lifted above it and stay usable, by pointer and by Tab. The whole card shows the focus ring. Text under the stretched area cannot be selected with the pointer.

**Use** cards for items a reader scans and picks among: projects, reports, products.

**Don't** put a form in a card that is a link, or give a card more than one main target; use a plain card with buttons instead.`,
      },
    },
  },
} satisfies Meta<typeof Card>;

export default meta;
type Story = StoryObj<typeof meta>;

const grid = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fill, minmax(16rem, 1fr))',
  gap: cssVar('space.4'),
  alignItems: 'start',
} as const;
const media = <StoryIllustration />;
const menu = (
  <IconButton label="More actions" variant="tertiary" size="sm" icon={<EllipsisIcon />} />
);

/**
 * The element under a point of an element (its first line box, for a link that wraps): what
 * a press there would hit.
 */
function hitAt(element: Element, x = 0.5, y = 0.5) {
  const box = element.getClientRects()[0] ?? element.getBoundingClientRect();
  return document.elementFromPoint(box.left + box.width * x, box.top + box.height * y);
}

export const Playground: Story = {
  args: { media, footer: <Button size="sm">Open</Button>, style: { maxInlineSize: '20rem' } },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { level: 3, name: 'Quarterly report' })).toBeVisible();
    await expect(canvas.getByRole('article')).toBeVisible();
  },
};

/** Outlined (the default) and elevated; each with and without media. */
export const Variants: Story = {
  parameters: { visual: { forcedColors: true } },
  render: (args) => (
    <div style={grid}>
      <Card {...args} title="Outlined" media={media} />
      <Card {...args} title="Elevated" variant="elevated" media={media} />
      <Card {...args} title="Outlined, no media" />
      <Card {...args} title="Elevated, no media" variant="elevated" />
    </div>
  ),
};

/** Every part, and cards with only some of them. */
export const Parts: Story = {
  render: (args) => (
    <div style={grid}>
      <Card
        {...args}
        media={media}
        actions={menu}
        footer={
          <>
            <Button size="sm">Open</Button>
            <Button size="sm" variant="secondary">
              Share
            </Button>
          </>
        }
      />
      <Card {...args} title="Title and body" description={undefined} />
      <Card {...args} title="Title only" description={undefined} children={undefined} />
      <Card
        {...args}
        title="With a badge in the footer"
        footer={<Badge variant="success">Published</Badge>}
      />
    </div>
  ),
};

/** Horizontal: the media at the start, the text beside it. */
export const Horizontal: Story = {
  args: { orientation: 'horizontal', media, footer: <Badge>Draft</Badge> },
  render: (args) => (
    <div style={{ display: 'grid', gap: cssVar('space.4'), maxInlineSize: '36rem' }}>
      <Card {...args} />
      <Card {...args} variant="elevated" href="#report" title="A linked horizontal card" />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const card = canvasElement.querySelector('.cal-card')!;
    const mediaBox = card.querySelector('[data-part="media"]')!.getBoundingClientRect();
    const header = card.querySelector('[data-part="header"]')!.getBoundingClientRect();
    await expect(mediaBox.right).toBeLessThanOrEqual(header.left + 1);
    // The media reaches the card's bottom edge, inside its border.
    await expect(
      Math.round(card.getBoundingClientRect().bottom - mediaBox.bottom),
    ).toBeLessThanOrEqual(1);
  },
};

/**
 * A whole-card link: a press anywhere follows the title's link, while the menu, the footer's
 * link and the link in the body stay their own targets above it.
 */
export const WholeCardLink: Story = {
  args: {
    href: '#report-q3',
    // Records the press instead of navigating the test page away.
    linkProps: {
      onClick: fn((event: { preventDefault: () => void }) => event.preventDefault()),
    },
    media,
    actions: menu,
    children: (
      <Text as="p">
        Revenue grew 12%. Terms are in <Link href="#glossary">the glossary</Link>.
      </Text>
    ),
    footer: (
      <Link variant="standalone" href="#all-reports">
        All reports
      </Link>
    ),
  },
  render: (args) => (
    <div style={{ maxInlineSize: '20rem' }}>
      <Card {...args} />
    </div>
  ),
  play: async ({ canvas, canvasElement, args }) => {
    const card = canvasElement.querySelector('.cal-card')!;
    const link = canvas.getByRole('link', { name: 'Quarterly report' });
    await expect(link).toHaveAttribute('href', '#report-q3');
    // The media, the description and the body's text are all the card's link.
    await expect(hitAt(card.querySelector('[data-part="media"]')!)).toBe(link);
    await expect(hitAt(card.querySelector('[data-part="description"]')!)).toBe(link);
    await expect(hitAt(card.querySelector('[data-part="body"]')!, 0.1, 0.2)).toBe(link);
    // The other controls are above it (a press may land on the icon inside a button).
    for (const control of [
      canvas.getByRole('button', { name: 'More actions' }),
      canvas.getByRole('link', { name: 'the glossary' }),
      canvas.getByRole('link', { name: 'All reports' }),
    ]) {
      await expect(control).toContainElement(hitAt(control) as HTMLElement);
    }
    // A press in the body is a press on the link.
    await userEvent.click(hitAt(card.querySelector('[data-part="body"]')!, 0.1, 0.2)!);
    await expect(args.linkProps?.onClick).toHaveBeenCalledTimes(1);
  },
};

/** A whole-card button: one action, the title its name. */
export const WholeCardAction: Story = {
  args: {
    title: 'Start from a template',
    description: undefined,
    children: 'Pick a layout, then fill it in.',
    onClick: fn(),
  },
  render: (args) => (
    <div style={grid}>
      <Card {...args} />
      <Card {...args} title="Start from scratch" variant="elevated" />
    </div>
  ),
  play: async ({ canvas, canvasElement, args }) => {
    const button = canvas.getByRole('button', { name: 'Start from a template' });
    const card = canvasElement.querySelector('.cal-card')!;
    await expect(hitAt(card, 0.5, 0.85)).toBe(button);
    await userEvent.click(button);
    await expect(args.onClick).toHaveBeenCalledTimes(1);
  },
};

/** Keyboard: Tab visits the card's link (the whole card shows the ring), then its other controls. */
export const KeyboardFocus: Story = {
  args: { href: '#report', actions: menu, footer: <Button size="sm">Share</Button> },
  render: (args) => (
    <div style={{ maxInlineSize: '20rem' }}>
      <Card {...args} />
    </div>
  ),
  play: async ({ canvas, canvasElement }) => {
    const card = canvasElement.querySelector('.cal-card')!;
    await userEvent.tab();
    await expect(canvas.getByRole('link', { name: 'Quarterly report' })).toHaveFocus();
    await expect(getComputedStyle(card).outlineStyle).toBe('solid');
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'More actions' })).toHaveFocus();
    await expect(getComputedStyle(card).outlineStyle).toBe('none');
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'Share' })).toHaveFocus();
    await userEvent.tab({ shift: true });
    await userEvent.tab({ shift: true });
  },
};

/** A list of cards: each an `<li>`, in a `<ul>` grid. */
export const CardList: Story = {
  render: (args) => (
    <ul style={{ ...grid, margin: 0, padding: 0, listStyle: 'none' }}>
      {['Apollo', 'Gemini', 'Mercury'].map((name) => (
        <Card
          {...args}
          key={name}
          element="li"
          title={name}
          href={`#${name.toLowerCase()}`}
          media={media}
          description="3 members"
          children={undefined}
        />
      ))}
    </ul>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getAllByRole('listitem')).toHaveLength(3);
    await expect(canvas.getByRole('link', { name: 'Gemini' })).toHaveAttribute('href', '#gemini');
  },
};

/** Stress: a long title and an unbroken word wrap inside the card. */
export const LongText: Story = {
  args: {
    title: 'A title far longer than a card title should be, which wraps onto several lines',
    description: unbrokenError,
    href: '#long',
    actions: menu,
  },
  render: (args) => (
    <div style={{ maxInlineSize: '16rem' }}>
      <Card {...args} />
    </div>
  ),
};

/** Stress: right-to-left. Actions at the end (left); horizontal media at the start (right). */
export const RightToLeft: Story = {
  render: (args) => (
    <RightToLeftBlock style={{ display: 'grid', gap: cssVar('space.4'), maxInlineSize: '36rem' }}>
      <Card
        {...args}
        title="التقرير الفصلي"
        description="حُدّث قبل يومين"
        children="نمت الإيرادات بنسبة 12٪."
        actions={
          <IconButton label="إجراءات أخرى" variant="tertiary" size="sm" icon={<EllipsisIcon />} />
        }
        href="#ar"
      />
      <Card
        {...args}
        title="بطاقة أفقية"
        description="حُدّث قبل يومين"
        children="الصورة في البداية."
        orientation="horizontal"
        media={media}
      />
    </RightToLeftBlock>
  ),
  play: async ({ canvasElement }) => {
    const [linked, horizontal] = Array.from(canvasElement.querySelectorAll('.cal-card'));
    const actions = linked!.querySelector('[data-part="actions"]')!.getBoundingClientRect();
    const title = linked!.querySelector('[data-part="title"]')!.getBoundingClientRect();
    await expect(actions.right).toBeLessThanOrEqual(title.left + 1);
    const mediaBox = horizontal!.querySelector('[data-part="media"]')!.getBoundingClientRect();
    const header = horizontal!.querySelector('[data-part="header"]')!.getBoundingClientRect();
    await expect(mediaBox.left).toBeGreaterThanOrEqual(header.right - 1);
  },
};

export const Zoom200: Story = {
  args: { media, href: '#zoom' },
  render: (args) => (
    <Zoom200Block style={{ maxInlineSize: '16rem' }}>
      <Card {...args} />
    </Zoom200Block>
  ),
};
