import type { CategoryVocabulary } from './category-vocabulary.js';

/** Tents, sleeping bags and camping and hiking gear. */
export const outdoors: CategoryVocabulary = {
  name: 'Outdoors',
  slug: 'outdoors',
  skuPrefix: 'OUT',
  productCount: 22,
  brands: ['Trailblazer', 'Summitline', 'Ridgeback', 'Northfork', 'Cascade', 'Wildpine'],
  models: ['UL', 'Pro', 'XL', '2.0', 'Expedition', 'Lite'],
  kinds: [
    {
      noun: 'Backpacking Tent',
      modifiers: ['2-Person', '1-Person', '3-Person', 'Ultralight'],
      priceDollars: [129, 499],
      summary: 'A lightweight backpacking tent with two doors, two vestibules and a full rainfly.',
      features: [
        'Sets up in minutes with color-coded poles.',
        'Packs down to the size of a water bottle.',
        'A waterproof, seam-taped floor.',
      ],
    },
    {
      noun: 'Sleeping Bag',
      modifiers: ['Down', '20-Degree', 'Mummy'],
      priceDollars: [69, 349],
      summary: 'A warm sleeping bag for camping and backpacking trips.',
      features: [
        'Water-resistant down insulation stays warm when damp.',
        'Compresses into the included stuff sack.',
        'A draft collar and hood seal in the heat.',
      ],
    },
    {
      noun: 'Hiking Backpack',
      modifiers: ['40-Liter', '65-Liter', 'Daypack'],
      priceDollars: [59, 279],
      summary: 'A hiking backpack with an adjustable, ventilated suspension and plenty of pockets.',
      features: [
        'A hydration sleeve fits a 3-liter reservoir.',
        'An integrated rain cover.',
        'Hip-belt pockets for snacks and a phone.',
      ],
    },
    {
      noun: 'Camping Stove',
      modifiers: ['Portable', 'Two-Burner', 'Backpacking'],
      priceDollars: [29, 149],
      summary: 'A compact camping stove that boils water in three minutes.',
      features: [
        'Push-button piezo ignition.',
        'Runs on standard propane or isobutane canisters.',
        'A wind-resistant burner.',
      ],
    },
    {
      noun: 'Headlamp',
      modifiers: ['Rechargeable', '400-Lumen', 'Waterproof'],
      priceDollars: [19, 69],
      summary: 'A bright LED headlamp for camping, running and power outages.',
      features: [
        'A red light mode preserves night vision.',
        'A USB-C rechargeable battery.',
        'A comfortable, adjustable strap.',
      ],
    },
    {
      noun: 'Water Filter',
      modifiers: ['Squeeze', 'Gravity', 'Pump'],
      priceDollars: [24, 119],
      summary: 'A backcountry water filter that removes bacteria and protozoa from streams and lakes.',
      features: [
        'Filters up to 2,000 liters.',
        'Weighs less than 100 grams.',
        'Field-cleanable by backflushing.',
      ],
    },
    {
      noun: 'Camping Hammock',
      modifiers: ['Double', 'Ultralight', 'Bug-Net'],
      priceDollars: [29, 119],
      summary: 'A camping hammock made from breathable parachute nylon.',
      features: [
        'Tree straps included, so no knots are needed.',
        'Holds up to 200 kg.',
        'Packs into an attached stuff sack.',
      ],
    },
    {
      noun: 'Insulated Water Bottle',
      modifiers: ['32-oz', '24-oz', 'Wide-Mouth'],
      priceDollars: [19, 49],
      summary: 'A vacuum-insulated stainless steel water bottle that keeps drinks cold for 24 hours.',
      features: [
        'A leak-proof lid with a carry loop.',
        'Dishwasher safe and BPA-free.',
        'Fits most cup holders.',
      ],
    },
  ],
};
