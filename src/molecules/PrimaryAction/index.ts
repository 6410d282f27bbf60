// The one stretched target of a card or row (Card, ListItem, Step). Private: no package subpath.
export { hasPrimaryAction, PrimaryAction, type PrimaryActionProps } from './PrimaryAction';
export { stretchedTarget } from './primaryAction.styles';
