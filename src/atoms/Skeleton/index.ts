export {
  Skeleton,
  type SkeletonProps,
  type SkeletonShape,
  type SkeletonSizeToken,
} from './Skeleton';
