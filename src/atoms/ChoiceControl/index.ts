export { ChoiceControl, type ChoiceControlProps, type ChoiceControlSize } from './ChoiceControl';
export { choiceBoxColors, choiceLayout } from './ChoiceControl.styles';
