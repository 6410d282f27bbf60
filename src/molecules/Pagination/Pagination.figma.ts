// url=<figma:Pagination>
// component=Pagination
import figma from 'figma';

// Code Connect for the Figma component "Pagination": numbered or compact, size, first and
// last, the page shown current and the number of pages, and the page-size choice beside it
// (PageSizeSelect). "Items" says whether the pages are links (a URL per page, to fill in) or
// buttons. The design shows a moment: its current page becomes `defaultPage`.
const pagination = figma.selectedInstance;
const { renderProp } = figma.helpers.react;

const variant = pagination.getEnum('Variant', { Numbered: undefined, Compact: 'compact' });
const size = pagination.getEnum('Size', { Medium: undefined, Small: 'sm' });
const whole = (text: string, fallback: number) => {
  const value = Number.parseInt(text, 10);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};
const pageCount = whole(pagination.getString('Page count'), 10);
const page = Math.min(whole(pagination.getString('Current page'), 1), pageCount);
const links = pagination.getEnum('Items', { Buttons: false, Links: true });
const pageSize = pagination.getBoolean('Has page size');

const element = figma.tsx`<Pagination pageCount={${pageCount}}${page > 1 ? ` defaultPage={${page}}` : ''}${renderProp('variant', variant)}${renderProp('size', size)}${renderProp('showFirstLast', pagination.getBoolean('First and last'))}${links ? ' pageHref={(page) => `?page=${page}`}' : ''} />`;

export default {
  example: pageSize
    ? figma.tsx`<>
  <PageSizeSelect${renderProp('size', size)} />
  ${element}
</>`
    : element,
  imports: [
    pageSize
      ? "import { PageSizeSelect, Pagination } from 'callicrates'"
      : "import { Pagination } from 'callicrates'",
  ],
  id: 'Pagination',
  metadata: { nestable: true },
};
