export {
  TagGroup,
  tagGroupSelectionModes,
  type TagGroupItem,
  type TagGroupProps,
  type TagGroupSelectionMode,
  type TagGroupSelectionProps,
} from './TagGroup';
