export { ChoiceGroup, type ChoiceGroupOrientation, type ChoiceGroupProps } from './ChoiceGroup';
