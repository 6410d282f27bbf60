import { describe, expect, it, vi } from 'vitest';
import { findLeaks, snapshotWorld } from './leaks';

describe('findLeaks', () => {
  it('finds nothing when a test undid what it changed', () => {
    const world = snapshotWorld();
    const element = document.body.appendChild(document.createElement('div'));
    element.remove();
    expect(findLeaks(world)).toEqual([]);
  });

  it('names each leak, and puts back what it can so the next file starts clean', () => {
    const world = snapshotWorld();
    const proto = HTMLElement.prototype as unknown as Record<string, unknown>;
    const { getBoundingClientRect } = Element.prototype;
    proto.leakProbe = () => {};
    Element.prototype.getBoundingClientRect = () => new DOMRect();
    vi.stubGlobal('leakProbeGlobal', 1);
    document.head.append(document.createElement('style'));
    document.body.append(document.createElement('p'));
    document.documentElement.setAttribute('dir', 'rtl');
    localStorage.setItem('leak-probe', '1');
    vi.useFakeTimers();

    const leaks = findLeaks(world).join('\n');

    expect(leaks).toContain('fake timers are still installed');
    expect(leaks).toContain('HTMLElement.prototype.leakProbe was added');
    expect(leaks).toContain('Element.prototype.getBoundingClientRect was replaced');
    expect(leaks).toContain('globalThis.leakProbeGlobal was added');
    expect(leaks).toContain('<head> gained 1 node(s)');
    expect(leaks).toContain('<body> still holds 1 node(s)');
    expect(leaks).toContain('<html> attributes changed');
    expect(leaks).toContain('localStorage');
    expect(vi.isFakeTimers()).toBe(false);
    expect('leakProbe' in proto).toBe(false);
    expect(Element.prototype.getBoundingClientRect).toBe(getBoundingClientRect);
    expect('leakProbeGlobal' in globalThis).toBe(false);
    expect(document.body.childNodes).toHaveLength(0);
    expect(document.documentElement).not.toHaveAttribute('dir');
    expect(localStorage.length).toBe(0);
    expect(findLeaks(world)).toEqual([]);
  });
});
