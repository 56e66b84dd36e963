// Placeholder product pictures, rendered as small SVGs so the demo store needs no outside images.
import { categoryArtwork } from './category-artwork.js';

/** The product fields a picture is drawn from. */
export type ProductImageSubject = { sku: string; name: string; categoryId: string };

const maxLineLength = 28;
const oneLineLength = 24;
const fontFamily = 'system-ui,-apple-system,Segoe UI,Helvetica,Arial,sans-serif';

/** Renders a product's picture: a 400x400 SVG with its category's color and glyph and its short name. */
export function renderProductImage(product: ProductImageSubject, categoryName: string): string {
  const { hue, glyph } = categoryArtwork(categoryName, product.categoryId);
  const gradientId = `bg-${escapeXml(product.sku)}`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400" viewBox="0 0 400 400" role="img"`,
    ` aria-label="${escapeXml(product.name)}">`,
    `<defs><linearGradient id="${gradientId}" x1="0" y1="0" x2="1" y2="1">`,
    `<stop offset="0" stop-color="${hslToHex(hue, 0.7, 0.55)}"/>`,
    `<stop offset="1" stop-color="${hslToHex((hue + 35) % 360, 0.65, 0.32)}"/></linearGradient></defs>`,
    `<rect width="400" height="400" fill="url(#${gradientId})"/>`,
    `<g fill="none" stroke="#fff" stroke-width="10" stroke-linecap="round" stroke-linejoin="round"`,
    ` opacity="0.92">${glyph}</g>`,
    `<g fill="#fff" font-family="${fontFamily}" text-anchor="middle">`,
    `<text x="200" y="50" font-size="15" letter-spacing="3" opacity="0.85">`,
    `${escapeXml(categoryName.toUpperCase())}</text>`,
    renderNameLines(product.name),
    `<text x="200" y="374" font-size="14" opacity="0.7">${escapeXml(product.sku)}</text></g></svg>`,
  ].join('');
}

/** Escapes the five characters XML treats specially, for text and attribute values alike. */
export function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

function renderNameLines(name: string): string {
  const lines = shortNameLines(name);
  const firstBaseline = lines.length === 1 ? 312 : 298;
  const spans = lines.map(
    (line, index) => `<tspan x="200" y="${firstBaseline + index * 30}">${escapeXml(line)}</tspan>`,
  );
  return `<text font-size="22" font-weight="700">${spans.join('')}</text>`;
}

function shortNameLines(name: string): string[] {
  const words = name.split(/\s+/).filter(Boolean);
  // Leading words (usually the brand) give way first, so the product noun stays readable.
  for (let start = 0; start < words.length; start++) {
    const lines = splitEvenly(words.slice(start));
    if (lines.every((line) => line.length <= maxLineLength)) return lines;
  }
  const lastWord = words.at(-1) ?? '';
  return [`${lastWord.slice(0, maxLineLength - 1)}…`];
}

function splitEvenly(words: string[]): string[] {
  const whole = words.join(' ');
  if (whole.length <= oneLineLength || words.length === 1) return [whole];
  let best = [whole];
  for (let split = 1; split < words.length; split++) {
    const lines = [words.slice(0, split).join(' '), words.slice(split).join(' ')];
    if (best.length === 1 || longest(lines) < longest(best)) best = lines;
  }
  return best;
}

function longest(lines: string[]): number {
  return Math.max(...lines.map((line) => line.length));
}

function hslToHex(hue: number, saturation: number, lightness: number): string {
  // hex rather than hsl(), which older SVG renderers do not accept in presentation attributes.
  const chroma = saturation * Math.min(lightness, 1 - lightness);
  const channel = (offset: number): string => {
    const k = (offset + hue / 30) % 12;
    const value = lightness - chroma * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(value * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`;
}
