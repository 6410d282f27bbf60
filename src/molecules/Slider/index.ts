export {
  Slider,
  sliderOrientations,
  type SliderMark,
  type SliderOrientation,
  type SliderProps,
  type SliderSize,
  type SliderValue,
} from './Slider';
export { SliderNumberField, type SliderNumberFieldProps } from './SliderNumberField';
