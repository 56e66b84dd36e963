import type { CategoryVocabulary } from './category-vocabulary.js';

/** Smartphones, tablets, wearables and their accessories. */
export const phonesAndTablets: CategoryVocabulary = {
  name: 'Phones & Tablets',
  slug: 'phones-tablets',
  skuPrefix: 'PHN',
  productCount: 22,
  brands: ['Pixelle', 'Orbit', 'Nova', 'Zephyr', 'Kestrel', 'Lyra'],
  models: ['Pro', 'Plus', 'Mini', 'Ultra', '5G', 'Lite'],
  kinds: [
    {
      noun: 'Smartphone',
      modifiers: ['Unlocked', 'Dual-SIM', 'Rugged'],
      priceDollars: [299, 1199],
      summary: 'An unlocked 5G smartphone with a bright OLED display and a triple camera system.',
      features: [
        'Night mode and optical zoom take sharp photos in any light.',
        'An all-day battery with 45 W fast charging.',
        'Five years of security updates.',
      ],
    },
    {
      noun: 'Tablet',
      modifiers: ['10-inch', '12-inch', 'Kids'],
      priceDollars: [149, 999],
      summary: 'A tablet with a vivid display for reading, streaming and drawing.',
      features: [
        'Works with a stylus pen and a keyboard cover.',
        'Quad speakers for movies and music.',
        'Up to 12 hours of video playback.',
      ],
    },
    {
      noun: 'Phone Case',
      modifiers: ['Clear', 'Rugged', 'Leather', 'Slim'],
      priceDollars: [12, 49],
      summary: 'A protective phone case with raised edges that guard the screen and camera.',
      features: [
        'Military-grade drop protection up to 3 meters.',
        'Works with MagSafe and wireless charging.',
        'Grippy sides and clicky button covers.',
      ],
    },
    {
      noun: 'Screen Protector',
      modifiers: ['Tempered Glass', 'Privacy', 'Matte'],
      priceDollars: [8, 24],
      summary: 'A tempered glass screen protector that resists scratches and fingerprints.',
      features: [
        'An alignment frame makes installation bubble-free.',
        'Keeps full touch sensitivity and face unlock working.',
        'Comes in a pack of two.',
      ],
    },
    {
      noun: 'Wireless Charger',
      modifiers: ['3-in-1', 'Magnetic', 'Fast'],
      priceDollars: [19, 99],
      summary: 'A wireless charger that powers up your phone, earbuds and watch together.',
      features: [
        '15 W fast wireless charging for compatible phones.',
        'Foreign object detection and overheat protection.',
        'Charges through most cases up to 5 mm thick.',
      ],
    },
    {
      noun: 'Power Bank',
      modifiers: ['10,000 mAh', '20,000 mAh', 'Slim'],
      priceDollars: [19, 79],
      summary: 'A portable power bank battery pack that recharges your phone on the go.',
      features: [
        'USB-C power delivery charges a phone to 50% in 30 minutes.',
        'Charges two devices at once.',
        'An LED display shows the remaining charge.',
      ],
    },
    {
      noun: 'Smartwatch',
      modifiers: ['Fitness', 'GPS', 'Classic'],
      priceDollars: [129, 449],
      summary: 'A smartwatch with heart rate, sleep tracking and notifications on your wrist.',
      features: [
        'Built-in GPS maps your runs, rides and hikes.',
        'Water resistant to 50 meters for swimming.',
        'Up to 7 days of battery life.',
      ],
    },
    {
      noun: 'Stylus Pen',
      modifiers: ['Active', 'Fine-Tip', 'Rechargeable'],
      priceDollars: [19, 99],
      summary: 'A stylus pen for tablets with a fine tip for notes and sketching.',
      features: [
        'Palm rejection lets your hand rest on the screen.',
        'Attaches magnetically to the side of a tablet.',
        'Charges over USB-C in 30 minutes.',
      ],
    },
  ],
};
