export { Disclosure, type DisclosureProps } from './Disclosure';
export type { DisclosureHeadingLevel } from './DisclosureBase';
