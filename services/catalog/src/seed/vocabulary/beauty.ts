import type { CategoryVocabulary } from './category-vocabulary.js';

/** Skincare, hair care and personal care appliances. */
export const beauty: CategoryVocabulary = {
  name: 'Beauty',
  slug: 'beauty',
  skuPrefix: 'BTY',
  productCount: 20,
  brands: ['Lumière', 'Velvet & Vine', 'Glowhaus', 'Pure Petal', 'Solstice', 'Aurelia'],
  models: ['Classic', 'Plus', 'Travel Size', 'Sensitive', 'Pro', 'Original'],
  kinds: [
    {
      noun: 'Vitamin C Serum',
      modifiers: ['Brightening', 'Hydrating', 'Overnight'],
      priceDollars: [18, 59],
      summary: 'A brightening vitamin C face serum that evens skin tone and boosts radiance.',
      features: [
        'Made with hyaluronic acid and vitamin E.',
        'Fragrance-free and suitable for sensitive skin.',
        'Cruelty-free and vegan.',
      ],
    },
    {
      noun: 'Face Moisturizer',
      modifiers: ['Daily', 'Oil-Free', 'Rich'],
      priceDollars: [16, 64],
      summary: 'A lightweight face moisturizer with ceramides for soft, hydrated skin.',
      features: [
        'Absorbs quickly without a greasy feel.',
        'Dermatologist tested and non-comedogenic.',
        'Works under makeup and sunscreen.',
      ],
    },
    {
      noun: 'Hair Dryer',
      modifiers: ['Ionic', 'Compact', 'Professional'],
      priceDollars: [39, 299],
      summary: 'An ionic hair dryer that dries hair fast with less frizz and more shine.',
      features: [
        'Three heat and two speed settings with a cool shot.',
        'Includes a concentrator and a diffuser.',
        'Lightweight and quiet.',
      ],
    },
    {
      noun: 'Electric Toothbrush',
      modifiers: ['Sonic', 'Rechargeable', 'Whitening'],
      priceDollars: [29, 199],
      summary: 'A sonic electric toothbrush that removes more plaque than a manual brush.',
      features: [
        'A two-minute timer with 30-second pacing.',
        'A pressure sensor protects your gums.',
        'The battery lasts three weeks.',
      ],
    },
    {
      noun: 'Sunscreen',
      modifiers: ['SPF 50', 'Mineral', 'Sport'],
      priceDollars: [12, 34],
      summary: 'A broad-spectrum sunscreen lotion that protects against UVA and UVB without a white cast.',
      features: [
        'Water resistant for 80 minutes.',
        'A reef-friendly formula.',
        'Lightweight and non-greasy.',
      ],
    },
    {
      noun: 'Shampoo',
      modifiers: ['Sulfate-Free', 'Volumizing', 'Clarifying'],
      priceDollars: [9, 34],
      summary: 'A gentle shampoo that cleans without stripping natural oils.',
      features: [
        'Made with argan oil and keratin.',
        'Safe for color-treated hair.',
        'Salon-quality results at home.',
      ],
    },
    {
      noun: 'Makeup Brush Set',
      modifiers: ['12-Piece', 'Vegan', 'Travel'],
      priceDollars: [14, 59],
      summary: 'A makeup brush set with soft synthetic bristles for foundation, powder and eyeshadow.',
      features: [
        'Comes with a zippered case.',
        'Dense bristles blend seamlessly.',
        'Cruelty-free and easy to clean.',
      ],
    },
  ],
};
