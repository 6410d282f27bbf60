export { TextArea, type TextAreaProps, type TextAreaResize, type TextAreaSize } from './TextArea';
