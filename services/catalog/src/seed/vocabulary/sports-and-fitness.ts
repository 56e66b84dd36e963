import type { CategoryVocabulary } from './category-vocabulary.js';

/** Home gym equipment, running gear and sports balls. */
export const sportsAndFitness: CategoryVocabulary = {
  name: 'Sports & Fitness',
  slug: 'sports-fitness',
  skuPrefix: 'SPT',
  productCount: 22,
  brands: ['Ironpeak', 'Stride', 'Vigor', 'Momentum', 'Corestrong', 'Pacesetter'],
  models: ['Pro', 'Elite', 'Plus', 'Sport', 'X', 'Studio'],
  kinds: [
    {
      noun: 'Yoga Mat',
      modifiers: ['Non-Slip', 'Extra-Thick', 'Cork'],
      priceDollars: [19, 89],
      summary: 'A non-slip yoga mat with cushioning for yoga, pilates and floor workouts.',
      features: [
        'Six millimeters thick to protect knees and wrists.',
        'Free from PVC and latex.',
        'Includes a carrying strap.',
      ],
    },
    {
      noun: 'Adjustable Dumbbells',
      modifiers: ['25-lb', '50-lb', 'Quick-Select'],
      priceDollars: [79, 399],
      summary: 'A pair of adjustable dumbbells that replaces a full rack of weights for home workouts.',
      features: [
        'Turn the dial to change the weight in seconds.',
        'A compact cradle stores the set.',
        'Durable molded plates.',
      ],
    },
    {
      noun: 'Running Shoes',
      modifiers: ["Men's", "Women's", 'Trail', 'Road'],
      priceDollars: [79, 179],
      summary: 'Lightweight running shoes with responsive cushioning and a breathable mesh upper.',
      features: [
        'A grippy rubber outsole for wet roads.',
        'Reflective details for early morning runs.',
        'Designed for daily training and race day.',
      ],
    },
    {
      noun: 'Resistance Bands Set',
      modifiers: ['5-Piece', 'Fabric', 'Loop'],
      priceDollars: [14, 39],
      summary: 'A resistance bands set for strength training, stretching and physical therapy.',
      features: [
        'Five levels from light to extra heavy.',
        'Includes handles, ankle straps and a door anchor.',
        'Packs into a travel pouch.',
      ],
    },
    {
      noun: 'Exercise Bike',
      modifiers: ['Indoor', 'Folding', 'Magnetic'],
      priceDollars: [249, 999],
      summary: 'An indoor exercise bike with quiet magnetic resistance for cardio at home.',
      features: [
        'A tablet holder for streaming classes.',
        'An adjustable seat and handlebars.',
        'Tracks time, speed, distance and calories.',
      ],
    },
    {
      noun: 'Fitness Tracker',
      modifiers: ['Waterproof', 'Slim', 'Heart-Rate'],
      priceDollars: [39, 149],
      summary: 'A fitness tracker band that counts steps and tracks heart rate and sleep.',
      features: ['Up to 10 days of battery life.', 'Swim-proof to 50 meters.', 'Syncs to a free phone app.'],
    },
    {
      noun: 'Basketball',
      modifiers: ['Indoor/Outdoor', 'Official Size', 'Composite Leather'],
      priceDollars: [19, 69],
      summary: 'A basketball with a deep channel design and a soft, grippy cover.',
      features: [
        'Official size 7 and weight.',
        'Plays well on indoor courts and outdoor asphalt.',
        'A butyl bladder holds air longer.',
      ],
    },
    {
      noun: 'Foam Roller',
      modifiers: ['High-Density', 'Textured', 'Vibrating'],
      priceDollars: [19, 99],
      summary: 'A foam roller for muscle recovery, massage and stretching after workouts.',
      features: [
        'A firm core keeps its shape for years.',
        'Textured ridges reach deep into sore muscles.',
        'Light enough to take to the gym.',
      ],
    },
  ],
};
