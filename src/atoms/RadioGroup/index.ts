export { Radio, type RadioProps, type RadioSize } from './Radio';
export { RadioGroup, type RadioGroupOrientation, type RadioGroupProps } from './RadioGroup';
