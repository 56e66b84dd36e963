// The look of each demo category's pictures: a hue for the background and a simple line-art
// glyph drawn in a 400x400 box around (200, 170). The caller strokes glyphs in white; the few
// filled dots set their own fill. Hues sit apart on the color wheel so categories look distinct.
import { hashString } from './seeded-random.js';

/** A category's background hue (0-359) and the SVG elements of its glyph. */
export type CategoryArtwork = { hue: number; glyph: string };

const artworkByCategoryName: Readonly<Record<string, CategoryArtwork>> = {
  Audio: {
    hue: 270,
    glyph:
      '<path d="M130 200v-30a70 70 0 0 1 140 0v30"/><rect x="114" y="186" width="34" height="56" rx="12"/>' +
      '<rect x="252" y="186" width="34" height="56" rx="12"/>',
  },
  Computers: {
    hue: 212,
    glyph: '<rect x="130" y="110" width="140" height="92" rx="8"/><path d="M106 228h188"/>',
  },
  'Phones & Tablets': {
    hue: 185,
    glyph: '<rect x="160" y="96" width="80" height="144" rx="14"/><path d="M190 218h20"/>',
  },
  Cameras: {
    hue: 0,
    glyph:
      '<rect x="118" y="124" width="164" height="106" rx="14"/><circle cx="200" cy="177" r="32"/>' +
      '<path d="M160 124l10-18h60l10 18"/>',
  },
  'Home & Kitchen': {
    hue: 22,
    glyph: '<path d="M116 172l84-74 84 74"/><path d="M140 154v80h120v-80"/><path d="M185 234v-42h30v42"/>',
  },
  Outdoors: { hue: 150, glyph: '<path d="M104 236l64-120 40 72 26-42 62 90z"/>' },
  Books: {
    hue: 42,
    glyph:
      '<path d="M200 122c-24-14-52-18-80-14v114c28-4 56 0 80 14 24-14 52-18 80-14V108c-28-4-56 0-80 14z"/>' +
      '<path d="M200 122v114"/>',
  },
  'Toys & Games': {
    hue: 300,
    glyph:
      '<rect x="135" y="105" width="130" height="130" rx="22"/><g fill="#fff" stroke="none">' +
      '<circle cx="170" cy="140" r="10"/><circle cx="200" cy="170" r="10"/><circle cx="230" cy="200" r="10"/></g>',
  },
  'Sports & Fitness': {
    hue: 120,
    glyph:
      '<circle cx="200" cy="170" r="66"/><path d="M134 170h132M200 104v132"/>' +
      '<path d="M153 124c24 24 24 68 0 92M247 124c-24 24-24 68 0 92"/>',
  },
  Office: {
    hue: 240,
    glyph:
      '<path d="M145 100h80l30 30v108H145z"/><path d="M225 100v30h30M168 162h64M168 188h64M168 214h40"/>',
  },
  Beauty: { hue: 330, glyph: '<path d="M200 98c30 40 58 72 58 104a58 58 0 0 1-116 0c0-32 28-64 58-104z"/>' },
  Garden: {
    hue: 92,
    glyph: '<path d="M128 234c0-82 52-134 144-134 0 92-52 134-144 134z"/><path d="M128 234l92-92"/>',
  },
};

const fallbackGlyph = '<path d="M200 100l70 70-70 70-70-70z"/>';

/** The artwork for a category; an unknown one gets a diamond in a hue derived from its id. */
export function categoryArtwork(categoryName: string, categoryId: string): CategoryArtwork {
  return artworkByCategoryName[categoryName] ?? { hue: hashString(categoryId) % 360, glyph: fallbackGlyph };
}
