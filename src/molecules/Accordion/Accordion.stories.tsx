import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent } from 'storybook/test';
import { figmaDesign } from '../../../.storybook/design';
import {
  expectSubmitted,
  RightToLeftBlock,
  StoryForm,
  submitStoryForm,
  Zoom200Block,
} from '../../../.storybook/stories';
import { Button } from '../../atoms/Button';
import { Text } from '../../atoms/Text';
import { TextField } from '../../atoms/TextField';
import { cssVar } from '../../tokens';
import { Accordion, AccordionItem, type AccordionProps } from '.';

const meta = {
  title: 'Molecules/Accordion',
  component: Accordion,
  subcomponents: { AccordionItem },
  args: { onValueChange: fn() },
  parameters: {
    design: figmaDesign('Accordion'),
    docs: {
      description: {
        component: `Sections of a page, each shown and hidden by its header (WAI-ARIA APG accordion). Each \`AccordionItem\` is a native \`<details>\` (see Disclosure) with its title in a heading (\`headingLevel\`, 3 by default). One item open at a time by default: the items share a \`name\`, so the browser keeps one open itself, before hydration and when find-in-page opens another; \`multiple\` lets several open. \`value\`/\`defaultValue\`/\`onValueChange\` hold the open items' values.

**Keyboard.** Tab moves through the headers; Enter or Space toggles one; Up and Down move to the previous and next header, wrapping, Home and End to the first and last (the APG's optional keys).

**Use** an accordion for several independent sections a reader scans by title: FAQs, settings groups, filters.

**Don't** use it for steps (use Stepper), for switching views of one thing (use Tabs), or to hide content most readers need.`,
      },
    },
  },
} satisfies Meta<typeof Accordion>;

export default meta;
type Story = StoryObj<typeof meta>;

const column = { display: 'grid', gap: cssVar('space.6'), maxInlineSize: '36rem' } as const;

function Faq(args: AccordionProps) {
  return (
    <Accordion {...args}>
      <AccordionItem value="shipping" title="How long does shipping take?">
        <Text as="p">Orders ship within two working days, and arrive in three to five.</Text>
      </AccordionItem>
      <AccordionItem value="returns" title="Can I return an item?">
        <Text as="p">Yes, within 30 days, unused and in its packaging.</Text>
      </AccordionItem>
      <AccordionItem value="legacy" title="Legacy plans" disabled>
        <Text as="p">No longer sold.</Text>
      </AccordionItem>
      <AccordionItem value="warranty" title="What does the warranty cover?">
        <Text as="p">Two years of parts and labour, worldwide.</Text>
      </AccordionItem>
    </Accordion>
  );
}

const header = (canvas: HTMLElement, name: string) =>
  Array.from(canvas.querySelectorAll('summary')).find((summary) =>
    summary.textContent?.includes(name),
  )!;
const openTitles = (canvas: HTMLElement) =>
  Array.from(canvas.querySelectorAll('details[open] [data-part="title"]')).map(
    (title) => title.textContent,
  );

export const Playground: Story = {
  args: { defaultValue: ['shipping'] },
  render: (args) => (
    <div style={column}>
      <Faq {...args} />
    </div>
  ),
  play: async ({ canvasElement, canvas, args }) => {
    await expect(canvas.getAllByRole('heading', { level: 3 })).toHaveLength(4);
    await userEvent.click(header(canvasElement, 'return'));
    await expect(openTitles(canvasElement)).toEqual(['Can I return an item?']);
    await expect(args.onValueChange).toHaveBeenLastCalledWith(['returns']);
  },
};

/** `multiple`: several items open at once. */
export const Multiple: Story = {
  // The design of one AccordionItem: the variants this story shows.
  parameters: { design: figmaDesign('AccordionItem') },
  args: { multiple: true, defaultValue: ['shipping', 'warranty'] },
  render: (args) => (
    <div style={column}>
      <Faq {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    await expect(openTitles(canvasElement)).toHaveLength(2);
    await userEvent.click(header(canvasElement, 'return'));
    await expect(openTitles(canvasElement)).toHaveLength(3);
  },
};

/** One open at a time, enforced by the browser too: the items share one `name`. */
export const Exclusive: Story = {
  args: { defaultValue: ['shipping'] },
  render: (args) => (
    <div style={column}>
      <Faq {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const items = Array.from(canvasElement.querySelectorAll('details'));
    await expect(new Set(items.map((item) => item.getAttribute('name'))).size).toBe(1);
    // What find-in-page does on a match in a closed item: the browser opens it and closes
    // the other one of its name; the accordion's state follows.
    const warranty = header(canvasElement, 'warranty').closest('details')!;
    warranty.open = true;
    await expect(items[0]!.open).toBe(false);
    await userEvent.click(header(canvasElement, 'return'));
    await expect(openTitles(canvasElement)).toEqual(['Can I return an item?']);
  },
};

/**
 * The APG keyboard: Tab through the headers; Up, Down, Home and End move between them,
 * wrapping; a disabled item's header is reachable and says it is disabled. Enter and Space
 * are the browser's own on `<summary>` (see Disclosure), pressed here as clicks.
 */
export const KeyboardFocus: Story = {
  render: (args) => (
    <div style={column}>
      <Faq {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const focused = (name: string) => expect(header(canvasElement, name)).toHaveFocus();
    await userEvent.tab();
    await focused('shipping');
    await userEvent.tab();
    await focused('return');
    await userEvent.keyboard('{ArrowDown}');
    await focused('Legacy');
    await expect(header(canvasElement, 'Legacy')).toHaveAttribute('aria-disabled', 'true');
    await userEvent.keyboard('{End}');
    await focused('warranty');
    await userEvent.keyboard('{ArrowDown}');
    await focused('shipping');
    await userEvent.keyboard('{ArrowUp}');
    await focused('warranty');
    await userEvent.keyboard('{Home}');
    await focused('shipping');
    await userEvent.click(header(canvasElement, 'shipping'));
    await expect(openTitles(canvasElement)).toEqual(['How long does shipping take?']);
    // Open content joins the Tab order after its header; arrows inside it are its own.
    await userEvent.keyboard('{ArrowDown}');
    await focused('return');
  },
};

/** Controlled: the parent holds the open items; buttons open or close them all. */
export const Controlled: Story = {
  args: { multiple: true },
  render: function Render(args) {
    const [value, setValue] = useState<string[]>([]);
    return (
      <div style={column}>
        <div style={{ display: 'flex', gap: cssVar('space.2') }}>
          <Button variant="secondary" onClick={() => setValue(['shipping', 'returns', 'warranty'])}>
            Expand all
          </Button>
          <Button variant="secondary" onClick={() => setValue([])}>
            Collapse all
          </Button>
        </div>
        <Faq
          {...args}
          value={value}
          onValueChange={(next) => {
            setValue(next);
            args.onValueChange?.(next);
          }}
        />
      </div>
    );
  },
  play: async ({ canvas, canvasElement }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Expand all' }));
    await expect(openTitles(canvasElement)).toHaveLength(3);
    await userEvent.click(header(canvasElement, 'warranty'));
    await expect(openTitles(canvasElement)).toHaveLength(2);
    await userEvent.click(canvas.getByRole('button', { name: 'Collapse all' }));
    await expect(openTitles(canvasElement)).toEqual([]);
  },
};

/** Fields in closed items keep their values and submit with the form. */
export const InForm: Story = {
  args: { multiple: true, defaultValue: ['contact'] },
  render: (args) => (
    <StoryForm style={column}>
      <Accordion {...args}>
        <AccordionItem value="contact" title="Contact">
          <TextField label="Email" name="email" type="email" />
        </AccordionItem>
        <AccordionItem value="company" title="Company">
          <TextField label="Company name" name="company" defaultValue="Acme" />
        </AccordionItem>
      </Accordion>
    </StoryForm>
  ),
  play: async ({ canvas }) => {
    await userEvent.type(canvas.getByRole('textbox', { name: 'Email' }), 'ada@example.com');
    await submitStoryForm(canvas);
    await expectSubmitted(canvas, { email: 'ada@example.com', company: 'Acme' });
  },
};

/** Stress: long titles wrap; the chevron stays at the end of the first line's row. */
export const LongText: Story = {
  args: { defaultValue: ['long'] },
  render: (args) => (
    <div style={{ ...column, maxInlineSize: '20rem' }}>
      <Accordion {...args}>
        <AccordionItem
          value="long"
          title="A question far longer than a question in an accordion should ever be"
        >
          <Text as="p">An answer that is long enough to wrap over several lines of text.</Text>
        </AccordionItem>
        <AccordionItem value="short" title="Short">
          Short.
        </AccordionItem>
      </Accordion>
    </div>
  ),
};

/** Stress: right-to-left. Chevrons at the end (left); Up and Down are not mirrored. */
export const RightToLeft: Story = {
  args: { defaultValue: ['a'] },
  render: (args) => (
    <RightToLeftBlock style={column}>
      <Accordion {...args}>
        <AccordionItem value="a" title="كم يستغرق الشحن؟">
          يومان إلى خمسة أيام.
        </AccordionItem>
        <AccordionItem value="b" title="هل يمكنني إرجاع منتج؟">
          نعم، خلال 30 يومًا.
        </AccordionItem>
      </Accordion>
    </RightToLeftBlock>
  ),
  play: async ({ canvasElement }) => {
    const first = canvasElement.querySelector('summary')!;
    first.focus();
    await userEvent.keyboard('{ArrowDown}');
    await expect(canvasElement.querySelectorAll('summary')[1]).toHaveFocus();
  },
};

export const Zoom200: Story = {
  args: { defaultValue: ['shipping'] },
  render: (args) => (
    <Zoom200Block style={{ ...column, maxInlineSize: '24rem' }}>
      <Faq {...args} />
    </Zoom200Block>
  ),
};
