export {
  Text,
  type TextAlign,
  type TextColor,
  type TextElement,
  type TextProps,
  type TextStyleProps,
  type TextVariant,
  type TextWeight,
} from './Text';
