// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { TimeField } from '../TimeField';
import { DateField } from '.';

describe('DateField and TimeField on a server (no DOM)', () => {
  it('render their segments in the locale without touching window or document', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    const html = renderToString(
      <>
        <DateField label="Tag" locale="de-DE" name="day" defaultValue="2026-03-29" />
        <DateField label="Day" />
        <TimeField label="Start" locale="en-US" name="start" defaultValue="15:05" />
      </>,
    );
    expect(html).toContain('role="spinbutton"');
    expect(html).toMatch(/>29<.*>\.<.*>03<.*>\.<.*>2026</);
    expect(html).toContain('name="day" value="2026-03-29"');
    expect(html).toContain('>PM<');
    expect(html).toContain('name="start" value="15:05"');
  });
});
