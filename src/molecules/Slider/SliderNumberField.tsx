import { forwardRef, useContext, useState, type ReactNode } from 'react';
import { NumberField, type NumberFieldProps } from '../../atoms/NumberField';
import { devError, reportUnknownValues } from '../../utils';
import { SliderContext } from './Slider';

/** The thumbs a SliderNumberField can type: the start one (a single slider's) or the end one. */
export const sliderNumberFieldThumbs = ['start', 'end'] as const;
export type SliderNumberFieldThumb = (typeof sliderNumberFieldThumbs)[number];

export interface SliderNumberFieldProps extends Omit<
  NumberFieldProps,
  | 'label'
  | 'value'
  | 'defaultValue'
  | 'onValueChange'
  | 'min'
  | 'max'
  | 'step'
  | 'locale'
  | 'formatOptions'
  | 'size'
  | 'name'
> {
  /**
   * The thumb it types: `start` (the only one of a single slider) or `end` of a range.
   * @default 'start'
   */
  thumb?: SliderNumberFieldThumb;
  /**
   * The field's label. Hidden unless `hideLabel={false}`; by default the slider's label (in a
   * range, followed by the thumb's name), so the field is named like its thumb.
   */
  label?: ReactNode;
}

/**
 * A NumberField bound to a thumb of the Slider around it: put it in the Slider's `prefix` or
 * `suffix`. It shows the thumb's value in the slider's locale and format, and a typed number
 * (committed on Enter or blur) moves the thumb, snapped to the step and kept within its
 * bounds. It submits nothing itself: the slider's inputs carry the value. Tree-shaken away
 * when unused, so a plain Slider does not carry NumberField.
 */
export const SliderNumberField = forwardRef<HTMLInputElement, SliderNumberFieldProps>(
  function SliderNumberField({ thumb = 'start', label, hideLabel = true, ...rest }, ref) {
    const slider = useContext(SliderContext);
    // Emptying the field cannot empty a slider: remounting shows the thumb's value again.
    const [emptied, setEmptied] = useState(0);
    // Inline NODE_ENV check: production bundles drop the message (see toastStore.ts).
    if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
      reportUnknownValues('SliderNumberField', { thumb: [thumb, sliderNumberFieldThumbs] });
    }
    if (!slider) {
      devError('SliderNumberField', 'must sit inside a Slider, in its `prefix` or `suffix`.');
      return null;
    }
    const index = thumb === 'end' && slider.range ? 1 : 0;
    if (thumb === 'end' && !slider.range) {
      devError('SliderNumberField', '`thumb="end"` needs a range Slider; showing the only thumb.');
    }
    const [low, high] = slider.bounds(index);
    const value = slider.values[index] ?? slider.min;
    const name =
      label ??
      (slider.range ? (
        <>
          {slider.label} {slider.thumbLabels[index]}
        </>
      ) : (
        slider.label
      ));
    return (
      <NumberField
        hideStepper
        {...rest}
        key={emptied}
        ref={ref}
        label={name}
        hideLabel={hideLabel}
        value={value}
        onValueChange={(next) =>
          next === null ? setEmptied((count) => count + 1) : slider.commit(index, next)
        }
        min={low}
        max={high}
        step={slider.step}
        locale={slider.locale}
        formatOptions={slider.formatOptions}
        size={slider.size}
        disabled={slider.disabled || rest.disabled}
        readOnly={slider.readOnly || rest.readOnly}
      />
    );
  },
);

SliderNumberField.displayName = 'SliderNumberField';
