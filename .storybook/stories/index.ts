// Story helpers, in one import for the *.stories.tsx files. Never imported by library code.
export { controlSizes, inlineRadio } from './argTypes';
export {
  expectSubmitted,
  resetStoryForm,
  StoryForm,
  submitStoryForm,
  type StoryFormProps,
} from './formStory';
export { StoryIllustration } from './illustration';
export { expectPlaced, withoutAnchorPositioning } from './placement';
export { longLabel, RightToLeftBlock, unbrokenError, Zoom200Block } from './stress';
export { inStoryTest, withMotion } from './storyTest';
export { tokenNumber, tokenPixels, viewportBreakpoint } from './viewport';
