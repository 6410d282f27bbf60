export { Switch, type SwitchLabelPlacement, type SwitchProps, type SwitchSize } from './Switch';
