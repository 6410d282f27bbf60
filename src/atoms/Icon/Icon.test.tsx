import { render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { Icon } from './Icon';
import { iconColors } from './Icon.styles';
import { createIcon, type IconNode } from './createIcon';
import { iconGroups } from './iconGroups';
import * as icons from './icons';
import { ArrowRightIcon, CheckIcon, InfoIcon } from './icons';

const exported = Object.entries(icons) as Array<[string, typeof CheckIcon]>;

describe('Icon', () => {
  describe('given no label', () => {
    it('is decorative: aria-hidden, no role, not focusable', () => {
      const { container } = render(<CheckIcon />);
      const svg = container.querySelector('svg')!;
      expect(svg).toHaveAttribute('aria-hidden', 'true');
      expect(svg).not.toHaveAttribute('role');
      expect(svg).toHaveAttribute('focusable', 'false');
      expect(screen.queryByRole('img')).toBeNull();
    });
  });

  describe('given a label', () => {
    it('is an image named by the label', () => {
      render(<InfoIcon label="Information" />);
      const img = screen.getByRole('img', { name: 'Information' });
      expect(img).not.toHaveAttribute('aria-hidden');
    });
  });

  describe('given sizes and colours', () => {
    it.each(['sm', 'lg', 'inherit'] as const)('writes size %s as data-size', (size) => {
      render(<CheckIcon size={size} label={size} />);
      expect(screen.getByRole('img', { name: size })).toHaveAttribute('data-size', size);
    });

    it('writes no data-size for the default md, even when set explicitly', () => {
      render(<CheckIcon size="md" label="md" />);
      expect(screen.getByRole('img', { name: 'md' })).not.toHaveAttribute('data-size');
    });

    it('defaults to md and currentColor (no data-size, no data-color)', () => {
      render(<CheckIcon label="Done" />);
      const svg = screen.getByRole('img', { name: 'Done' });
      expect(svg).not.toHaveAttribute('data-size');
      expect(svg).not.toHaveAttribute('data-color');
      expect(svg).toHaveAttribute('stroke', 'currentColor');
    });

    it.each(iconColors)('writes colour %s as data-color', (color) => {
      render(<CheckIcon color={color} label={color} />);
      expect(screen.getByRole('img', { name: color })).toHaveAttribute('data-color', color);
    });
  });

  describe('in right-to-left text', () => {
    it('marks direction-aware glyphs for mirroring, and only those', () => {
      render(
        <div dir="rtl">
          <ArrowRightIcon label="Next" />
          <CheckIcon label="Done" />
        </div>,
      );
      expect(screen.getByRole('img', { name: 'Next' })).toHaveAttribute('data-mirror');
      expect(screen.getByRole('img', { name: 'Done' })).not.toHaveAttribute('data-mirror');
    });
  });

  describe('given native props and a ref', () => {
    it('forwards the ref to the <svg>, passes props and merges className', () => {
      const ref = createRef<SVGSVGElement>();
      render(<CheckIcon ref={ref} className="mine" strokeWidth={1.5} data-testid="i" />);
      const svg = screen.getByTestId('i');
      expect(ref.current).toBe(svg);
      expect(svg).toHaveAttribute('stroke-width', '1.5');
      expect(svg).toHaveClass('mine');
      expect(svg.getAttribute('class')).toMatch(/cal-icon/);
    });
  });

  describe('createIcon', () => {
    it('draws IconNode data, with displayName and ref', () => {
      const node: IconNode = [
        ['path', { d: 'M4 4h16v16H4z' }],
        ['circle', { cx: 12, cy: 12, r: 3 }],
      ];
      const LogoIcon = createIcon('LogoIcon', node);
      const ref = createRef<SVGSVGElement>();
      render(<LogoIcon ref={ref} label="Logo" size="lg" />);
      const svg = screen.getByRole('img', { name: 'Logo' });
      expect(ref.current).toBe(svg);
      expect(LogoIcon.displayName).toBe('LogoIcon');
      expect(svg).toHaveAttribute('data-size', 'lg');
      expect(svg.querySelector('path')).toHaveAttribute('d', 'M4 4h16v16H4z');
      expect(svg.querySelector('circle')).toHaveAttribute('r', '3');
    });

    it('draws JSX children and honours mirrorInRtl, which a prop can override', () => {
      const SendLikeIcon = createIcon('SendLikeIcon', <path d="M5 12h14" />, {
        mirrorInRtl: true,
      });
      render(
        <>
          <SendLikeIcon label="Send" />
          <SendLikeIcon label="Fixed" mirrorInRtl={false} />
        </>,
      );
      const svg = screen.getByRole('img', { name: 'Send' });
      expect(svg.querySelector('path')).toHaveAttribute('d', 'M5 12h14');
      expect(svg).toHaveAttribute('data-mirror');
      expect(screen.getByRole('img', { name: 'Fixed' })).not.toHaveAttribute('data-mirror');
    });

    it('works through the base Icon with any children', () => {
      render(
        <Icon label="Dot">
          <circle cx="12" cy="12" r="2" />
        </Icon>,
      );
      expect(screen.getByRole('img', { name: 'Dot' }).querySelector('circle')).not.toBeNull();
    });
  });

  describe('the icon set', () => {
    it('has at least 80 icons, each exported as <Name>Icon', () => {
      expect(exported.length).toBeGreaterThanOrEqual(80);
      for (const [name, component] of exported) {
        expect(name).toMatch(/^[A-Z][A-Za-z0-9]*Icon$/);
        expect(component.displayName).toBe(name);
      }
    });

    it('has no empty group, and every group entry is exported from icons.ts', () => {
      const names = new Set(exported.map(([name]) => name));
      for (const [group, members] of Object.entries(iconGroups)) {
        expect(members.length, `group ${group}`).toBeGreaterThan(0);
        for (const member of members) expect(names, `${group}: ${member}`).toContain(member);
      }
    });

    it('lists every exported icon in exactly one group', () => {
      const grouped = Object.values(iconGroups).flat() as string[];
      expect(new Set(grouped).size).toBe(grouped.length);
      expect([...grouped].sort()).toEqual(exported.map(([name]) => name).sort());
    });

    it.each(exported)('%s renders an svg with a drawing', (name, Component) => {
      const { container } = render(<Component />);
      const svg = container.querySelector('svg');
      expect(svg, name).not.toBeNull();
      expect(svg!.children.length, name).toBeGreaterThan(0);
    });
  });

  describe('given bad input', () => {
    it('reports an empty label and renders a decorative icon', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      const { container } = render(<CheckIcon label="" />);
      expect(container.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
      expect(error).toHaveBeenCalledWith(
        expect.stringContaining('[Callicrates] Icon: an empty `label` names nothing'),
      );
      error.mockRestore();
    });
  });

  describe('on the server', () => {
    it('renders to a string', () => {
      const html = renderToString(<CheckIcon label="Done" color="success" />);
      expect(html).toMatch(/^<svg[^>]*role="img"/);
      expect(html).toContain('aria-label="Done"');
      expect(html).toContain('data-color="success"');
      expect(html).toContain('<path');
    });
  });
});
