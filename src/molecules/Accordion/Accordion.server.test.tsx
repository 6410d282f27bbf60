// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Disclosure } from '../Disclosure';
import { Accordion, AccordionItem } from '.';

// No `window` or `document` on a real server: rendering must not reach for them (the layout
// effect that syncs `<details open>` must not run, nor warn).
describe('Accordion and Disclosure on a server (no DOM)', () => {
  it('render native details, the open ones open, without touching the DOM', () => {
    expect(typeof document).toBe('undefined');
    const html = renderToString(
      <>
        <Accordion defaultValue={['b']}>
          <AccordionItem value="a" title="A">
            Panel A
          </AccordionItem>
          <AccordionItem value="b" title="B">
            Panel B
          </AccordionItem>
        </Accordion>
        <Disclosure title="More">Details</Disclosure>
      </>,
    );
    expect(html).toMatch(/<details[^>]*name="[^"]+"[^>]*><summary><h3 data-part="title">A<\/h3>/);
    expect(html).toMatch(/<details[^>]*open=""[^>]*><summary><h3 data-part="title">B<\/h3>/);
    expect(html).toContain('<summary><span data-part="title">More</span>');
  });
});
