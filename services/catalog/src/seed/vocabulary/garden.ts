import type { CategoryVocabulary } from './category-vocabulary.js';

/** Hoses, raised beds, tools and lighting for the garden. */
export const garden: CategoryVocabulary = {
  name: 'Garden',
  slug: 'garden',
  skuPrefix: 'GDN',
  productCount: 18,
  brands: ['Greenthumb', 'Rootwise', 'Bloomfield', 'Fernway', 'Meadowlark', 'Sprout & Stone'],
  models: ['Pro', 'Plus', 'XL', 'Classic', 'Lite', 'Max'],
  kinds: [
    {
      noun: 'Garden Hose',
      modifiers: ['Expandable', '50-ft', '100-ft', 'Kink-Free'],
      priceDollars: [24, 89],
      summary: 'A lightweight garden hose that resists kinks and tangles.',
      features: [
        'Solid brass fittings that will not leak.',
        'Includes a 10-pattern spray nozzle.',
        'UV-resistant and drinking water safe.',
      ],
    },
    {
      noun: 'Raised Garden Bed',
      modifiers: ['Cedar', 'Galvanized Steel', 'Elevated'],
      priceDollars: [49, 249],
      summary: 'A raised garden bed for growing vegetables, herbs and flowers on a patio or in the yard.',
      features: [
        'Tool-free assembly in 15 minutes.',
        'Rot-resistant materials last for years.',
        'An open bottom for healthy drainage.',
      ],
    },
    {
      noun: 'Pruning Shears',
      modifiers: ['Bypass', 'Ratchet', 'Ergonomic'],
      priceDollars: [14, 49],
      summary: 'Sharp pruning shears for clean cuts on branches, roses and shrubs.',
      features: [
        'Cuts branches up to 2 cm thick.',
        'A non-stick coated carbon steel blade.',
        'A safety lock and spring action.',
      ],
    },
    {
      noun: 'Cordless Lawn Mower',
      modifiers: ['Electric', '21-inch', 'Self-Propelled'],
      priceDollars: [249, 699],
      summary: 'A cordless electric lawn mower that is quiet, powerful and emission-free.',
      features: [
        'A 40 V battery mows up to half an acre per charge.',
        'Mulches, bags or side-discharges clippings.',
        'Folds upright for storage.',
      ],
    },
    {
      noun: 'Solar Garden Lights',
      modifiers: ['Pathway', 'String', 'Decorative'],
      priceDollars: [19, 59],
      summary: 'Solar garden lights that charge by day and glow automatically at night.',
      features: [
        'Waterproof in rain and snow.',
        'Up to 10 hours of light on a full charge.',
        'No wiring, just stake them in the ground.',
      ],
    },
    {
      noun: 'Compost Bin',
      modifiers: ['Tumbling', 'Countertop', 'Dual-Chamber'],
      priceDollars: [29, 149],
      summary: 'A compost bin that turns kitchen scraps and yard waste into rich soil.',
      features: [
        'A charcoal filter controls odors.',
        'Turn the crank to mix in seconds.',
        'Made from recycled plastic.',
      ],
    },
    {
      noun: 'Bird Feeder',
      modifiers: ['Squirrel-Proof', 'Hanging', 'Window'],
      priceDollars: [19, 79],
      summary: 'A bird feeder that brings finches, chickadees and cardinals to your garden.',
      features: ['Easy to fill and clean.', 'A weatherproof roof keeps seed dry.', 'Holds 2 kg of seed.'],
    },
  ],
};
