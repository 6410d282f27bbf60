export { List, type ListProps } from './List';
export { ListItem, type ListItemProps } from './ListItem';
export type { ListSize } from './ListContext';
