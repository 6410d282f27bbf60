export { EmptyState, type EmptyStateProps, type EmptyStateSize } from './EmptyState';
