export { ListBox, type ListBoxProps, type ListBoxSize } from './ListBox';
export type {
  CollectionItem as ListBoxItem,
  CollectionOption as ListBoxOption,
  CollectionSection as ListBoxSection,
} from '../collection';
