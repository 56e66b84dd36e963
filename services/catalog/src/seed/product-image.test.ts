import { describe, expect, it } from 'vitest';
import { demoCatalog } from './demo-catalog.js';
import { renderProductImage } from './product-image.js';

const headphones = { sku: 'AUD-0001', name: 'Aurora Wireless Headphones', categoryId: 'cat_audio' };

/** True when every opened tag is closed in order, a cheap stand-in for an XML parser. */
function hasBalancedTags(svg: string): boolean {
  const open: string[] = [];
  for (const [tag, closing, name, selfClosing] of svg.matchAll(/<(\/?)([a-zA-Z]+)[^>]*?(\/?)>/g)) {
    if (selfClosing) continue;
    if (!closing) open.push(name ?? tag);
    else if (open.pop() !== name) return false;
  }
  return open.length === 0;
}

function nameLines(svg: string): string[] {
  return [...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((match) => match[1] ?? '');
}

describe('a product picture', () => {
  it('is a well-formed 400x400 SVG showing the name, category and sku', () => {
    const svg = renderProductImage(headphones, 'Audio');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('viewBox="0 0 400 400"');
    expect(svg.endsWith('</svg>')).toBe(true);
    expect(hasBalancedTags(svg)).toBe(true);
    expect(nameLines(svg).join(' ')).toBe('Aurora Wireless Headphones');
    expect(svg).toContain('AUDIO');
    expect(svg).toContain('AUD-0001');
  });

  it('escapes names and categories that contain XML characters', () => {
    const svg = renderProductImage({ ...headphones, name: 'Salt & Pepper <Mill> "Duo"' }, 'Home & Kitchen');
    expect(svg).toContain('Salt &amp; Pepper');
    expect(svg).toContain('&lt;Mill&gt;');
    expect(svg).toContain('&quot;Duo&quot;');
    expect(svg).toContain('HOME &amp; KITCHEN');
    expect(svg).not.toContain('<Mill>');
    expect(svg).not.toMatch(/&(?!amp;|lt;|gt;|quot;|#39;)/);
    expect(hasBalancedTags(svg)).toBe(true);
  });

  it('fits a long name on at most two lines, giving up leading words first', () => {
    const name = 'Trailblazer Ultralight 2-Person Backpacking Tent Expedition Edition';
    const lines = nameLines(renderProductImage({ ...headphones, name }, 'Outdoors'));
    expect(lines.length).toBe(2);
    expect(lines.every((line) => line.length <= 28)).toBe(true);
    expect(lines.join(' ')).toMatch(/Backpacking Tent Expedition Edition$/);
  });

  it('looks the same every time and differs between categories', () => {
    expect(renderProductImage(headphones, 'Audio')).toBe(renderProductImage(headphones, 'Audio'));
    const asCamera = renderProductImage({ ...headphones, categoryId: 'cat_cameras' }, 'Cameras');
    const colors = (svg: string): string[] =>
      [...svg.matchAll(/stop-color="(#[0-9a-f]{6})"/g)].map((m) => m[1] ?? '');
    expect(colors(asCamera)).not.toEqual(colors(renderProductImage(headphones, 'Audio')));
  });

  it('stays under 3 KB and well-formed for every demo product', () => {
    const { categories, products } = demoCatalog();
    const categoryNames = new Map(categories.map((category) => [category.id, category.name]));
    for (const product of products) {
      const svg = renderProductImage(product, categoryNames.get(product.categoryId) ?? '');
      expect(Buffer.byteLength(svg, 'utf8')).toBeLessThan(3 * 1024);
      expect(hasBalancedTags(svg)).toBe(true);
      expect(nameLines(svg).length).toBeGreaterThanOrEqual(1);
      expect(nameLines(svg).length).toBeLessThanOrEqual(2);
    }
  });
});
