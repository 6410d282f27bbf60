export {
  Avatar,
  AvatarGroup,
  initialsOf,
  type AvatarGroupProps,
  type AvatarProps,
  type AvatarSize,
  type AvatarStatus,
} from './Avatar';
