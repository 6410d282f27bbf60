export {
  Card,
  type CardElement,
  type CardOrientation,
  type CardProps,
  type CardVariant,
} from './Card';
