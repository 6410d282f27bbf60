export {
  Heading,
  headingVariantByLevel,
  type HeadingLevel,
  type HeadingProps,
  type HeadingVariant,
} from './Heading';
