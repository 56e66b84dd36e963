// Simple line-art glyphs, one per demo category, drawn in a 400x400 box around (200, 170).
// They are stroked in white by the caller; the few filled dots set their own fill.

const glyphsByCategoryName: Readonly<Record<string, string>> = {
  Audio:
    '<path d="M130 200v-30a70 70 0 0 1 140 0v30"/><rect x="114" y="186" width="34" height="56" rx="12"/>' +
    '<rect x="252" y="186" width="34" height="56" rx="12"/>',
  Computers: '<rect x="130" y="110" width="140" height="92" rx="8"/><path d="M106 228h188"/>',
  'Phones & Tablets': '<rect x="160" y="96" width="80" height="144" rx="14"/><path d="M190 218h20"/>',
  Cameras:
    '<rect x="118" y="124" width="164" height="106" rx="14"/><circle cx="200" cy="177" r="32"/>' +
    '<path d="M160 124l10-18h60l10 18"/>',
  'Home & Kitchen': '<path d="M116 172l84-74 84 74"/><path d="M140 154v80h120v-80"/><path d="M185 234v-42h30v42"/>',
  Outdoors: '<path d="M104 236l64-120 40 72 26-42 62 90z"/>',
  Books:
    '<path d="M200 122c-24-14-52-18-80-14v114c28-4 56 0 80 14 24-14 52-18 80-14V108c-28-4-56 0-80 14z"/>' +
    '<path d="M200 122v114"/>',
  'Toys & Games':
    '<rect x="135" y="105" width="130" height="130" rx="22"/><g fill="#fff" stroke="none">' +
    '<circle cx="170" cy="140" r="10"/><circle cx="200" cy="170" r="10"/><circle cx="230" cy="200" r="10"/></g>',
  'Sports & Fitness':
    '<circle cx="200" cy="170" r="66"/><path d="M134 170h132M200 104v132"/>' +
    '<path d="M153 124c24 24 24 68 0 92M247 124c-24 24-24 68 0 92"/>',
  Office: '<path d="M145 100h80l30 30v108H145z"/><path d="M225 100v30h30M168 162h64M168 188h64M168 214h40"/>',
  Beauty: '<path d="M200 98c30 40 58 72 58 104a58 58 0 0 1-116 0c0-32 28-64 58-104z"/>',
  Garden: '<path d="M128 234c0-82 52-134 144-134 0 92-52 134-144 134z"/><path d="M128 234l92-92"/>',
};

const fallbackGlyph = '<path d="M200 100l70 70-70 70-70-70z"/>';

/** The SVG elements of a category's glyph; an unknown category gets a plain diamond. */
export function categoryGlyph(categoryName: string): string {
  return glyphsByCategoryName[categoryName] ?? fallbackGlyph;
}
