export { Banner, type BannerProps, type BannerStatus } from './Banner';
export type { FeedbackStatus } from '../StatusMessage';
