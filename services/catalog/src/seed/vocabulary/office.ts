import type { CategoryVocabulary } from './category-vocabulary.js';

/** Desks, chairs, stationery and office supplies. */
export const office: CategoryVocabulary = {
  name: 'Office',
  slug: 'office',
  skuPrefix: 'OFF',
  productCount: 20,
  brands: ['Deskwise', 'Inkwell', 'Ledger', 'Paperloft', 'Workmate', 'Foliant'],
  models: ['Pro', 'Plus', 'Classic', 'Executive', 'Compact', 'II'],
  kinds: [
    {
      noun: 'Standing Desk',
      modifiers: ['Electric', 'Height-Adjustable', 'L-Shaped'],
      priceDollars: [249, 899],
      summary: 'An electric standing desk that moves smoothly between sitting and standing heights.',
      features: [
        'Memory presets for four heights.',
        'Dual motors lift up to 120 kg.',
        'An anti-collision sensor.',
      ],
    },
    {
      noun: 'Office Chair',
      modifiers: ['Ergonomic', 'Mesh', 'High-Back'],
      priceDollars: [149, 699],
      summary: 'An ergonomic office chair with adjustable lumbar support and a breathable mesh back.',
      features: [
        '4D armrests and seat depth adjustment.',
        'Tilt lock and a smooth recline.',
        'Built for all-day sitting.',
      ],
    },
    {
      noun: 'Notebook',
      modifiers: ['Dotted', 'Hardcover', 'Spiral'],
      priceDollars: [8, 29],
      summary: 'A notebook with thick, fountain-pen friendly paper for notes, journaling and planning.',
      features: [
        '192 numbered pages with an index.',
        'A lay-flat binding and a ribbon bookmark.',
        'An elastic closure and a back pocket.',
      ],
    },
    {
      noun: 'Gel Pen Set',
      modifiers: ['Fine-Point', 'Retractable', 'Colored'],
      priceDollars: [7, 24],
      summary: 'A set of smooth gel pens with quick-drying ink that will not smudge.',
      features: [
        'A 0.5 mm fine point for neat handwriting.',
        'A comfortable rubber grip.',
        'A pack of 12 pens.',
      ],
    },
    {
      noun: 'Desk Lamp',
      modifiers: ['LED', 'Architect', 'Dimmable'],
      priceDollars: [24, 129],
      summary: 'An LED desk lamp with adjustable brightness and color temperature.',
      features: [
        'A USB charging port in the base.',
        'A flexible arm and rotating head.',
        'Flicker-free light that is easy on the eyes.',
      ],
    },
    {
      noun: 'Label Maker',
      modifiers: ['Portable', 'Bluetooth', 'Handheld'],
      priceDollars: [24, 79],
      summary: 'A label maker for organizing files, cables, pantry jars and storage bins.',
      features: [
        'Print from your phone over Bluetooth.',
        'Uses laminated, water-resistant tape.',
        'A rechargeable battery.',
      ],
    },
    {
      noun: 'Paper Shredder',
      modifiers: ['Cross-Cut', 'Micro-Cut', '12-Sheet'],
      priceDollars: [39, 249],
      summary: 'A paper shredder that destroys documents, credit cards and staples to protect your privacy.',
      features: [
        'Quiet enough for a home office.',
        'A pull-out bin holds 20 liters.',
        'Auto-reverse clears jams.',
      ],
    },
    {
      noun: 'Desk Organizer',
      modifiers: ['Bamboo', 'Mesh', 'Rotating'],
      priceDollars: [14, 39],
      summary: 'A desk organizer with compartments for pens, sticky notes and office supplies.',
      features: [
        'A drawer for paper clips and chargers.',
        'Non-slip feet protect your desk.',
        'Assembles in minutes without tools.',
      ],
    },
  ],
};
