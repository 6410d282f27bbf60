// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Slider, SliderNumberField } from '.';

// On a real server there is no `window` or `document`: importing and rendering must not touch
// them (jsdom, where the other tests run, would hide such a slip).
describe('Slider on a server (no DOM)', () => {
  it('renders the native inputs with their values, bounds and spoken text', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    const html = renderToString(
      <>
        <Slider
          label="Volume"
          name="volume"
          defaultValue={40}
          marks={[0, { value: 100, label: 'Loud' }]}
          suffix={<SliderNumberField />}
        />
        <Slider
          label="Price"
          name="price"
          defaultValue={[10, 90]}
          formatOptions={{ style: 'currency', currency: 'USD' }}
          orientation="vertical"
        />
      </>,
    );
    expect(html).toMatch(/<input[^>]*type="range"[^>]*name="volume"[^>]*value="40"/);
    expect(html).toContain('>Loud<');
    // The number field shows the thumb's value in the server's default locale (en-US).
    expect(html).toMatch(/role="spinbutton"[^>]*value="40"/);
    expect(html).toMatch(/min="0" max="90"[^>]*name="price" value="10"/);
    expect(html).toContain('aria-valuetext="$90.00"');
    expect(html).toContain('data-orientation="vertical"');
    expect(html).toContain('--_fill-end:0.9');
  });
});
