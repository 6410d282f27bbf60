import { Breadcrumb } from '../../src/index';
import type { BreadcrumbFactory } from './types';

/*
 * Callicrates' navigation factories added after the first molecules, in their own module (as
 * callicratesMenu.tsx): code added to callicrates.tsx moves the minifier's output of the other
 * cases by a few bytes even where it is tree-shaken away.
 */

/** Six steps, collapsed to four (the "more" popup is in the bundle), the last the current page. */
export const breadcrumb: BreadcrumbFactory = (label, key) => (
  <Breadcrumb
    key={key}
    label={label}
    maxItems={4}
    items={[
      { label: 'Home', href: '/' },
      { label: 'Catalogue', href: '/catalogue' },
      { label: 'Garden', href: '/catalogue/garden' },
      { label: 'Tools', href: '/catalogue/garden/tools' },
      { label: 'Spades', href: '/catalogue/garden/tools/spades' },
      { label: 'Border spade' },
    ]}
  />
);
