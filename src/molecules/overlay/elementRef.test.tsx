import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { elementRef } from './elementRef';

describe('elementRef', () => {
  it('reads the ref a caller put on an element', () => {
    const ref = createRef<HTMLButtonElement>();
    expect(elementRef(<button ref={ref} />)).toBe(ref);
  });

  it('is undefined when the element has none', () => {
    expect(elementRef(<button />)).toBeUndefined();
  });
});
