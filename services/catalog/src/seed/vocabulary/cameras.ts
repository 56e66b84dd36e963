import type { CategoryVocabulary } from './category-vocabulary.js';

/** Cameras, lenses and camera gear. */
export const cameras: CategoryVocabulary = {
  name: 'Cameras',
  slug: 'cameras',
  skuPrefix: 'CAM',
  productCount: 18,
  brands: ['Lumina', 'Apex', 'Fotona', 'Iris', 'Summit', 'Kodo'],
  models: ['Mark II', 'Pro', 'S', 'R', 'Lite', 'X'],
  kinds: [
    {
      noun: 'Mirrorless Camera',
      modifiers: ['Full-Frame', 'APS-C', 'Vlogging'],
      priceDollars: [599, 2499],
      summary: 'A mirrorless camera with a large sensor, fast autofocus and 4K video.',
      features: [
        'In-body image stabilization for sharp handheld shots.',
        'Eye-tracking autofocus for people and animals.',
        'A weather-sealed magnesium alloy body.',
      ],
    },
    {
      noun: 'Action Camera',
      modifiers: ['Waterproof', '4K', 'Helmet'],
      priceDollars: [149, 449],
      summary: 'A waterproof action camera that records smooth 4K video while biking, surfing and skiing.',
      features: [
        'Horizon leveling keeps footage steady.',
        'Waterproof to 10 meters without a housing.',
        'A front screen for framing selfies and vlogs.',
      ],
    },
    {
      noun: 'Camera Lens',
      modifiers: ['50mm f/1.8 Prime', '24-70mm Zoom', '85mm Portrait', 'Wide-Angle'],
      priceDollars: [199, 1299],
      summary: 'An interchangeable camera lens with sharp optics and a quiet autofocus motor.',
      features: [
        'Beautiful background blur for portraits.',
        'Weather-resistant seals and a fluorine coating.',
        'Compatible with full-frame and APS-C bodies.',
      ],
    },
    {
      noun: 'Tripod',
      modifiers: ['Travel', 'Carbon Fiber', 'Aluminum'],
      priceDollars: [39, 249],
      summary: 'A lightweight travel tripod for cameras and phones.',
      features: [
        'Folds to 40 cm and extends to 150 cm.',
        'A ball head with an Arca-Swiss quick release plate.',
        'Converts into a monopod.',
      ],
    },
    {
      noun: 'Instant Camera',
      modifiers: ['Retro', 'Mini', 'Wide'],
      priceDollars: [69, 179],
      summary: 'An instant camera that prints credit-card sized photos in seconds.',
      features: [
        'Automatic exposure and a built-in flash.',
        'A selfie mirror and a close-up lens.',
        'Uses standard instant film packs.',
      ],
    },
    {
      noun: 'Camera Backpack',
      modifiers: ['Weatherproof', 'Sling', 'Roll-Top'],
      priceDollars: [49, 199],
      summary: 'A camera bag with padded, movable dividers for bodies, lenses and a laptop.',
      features: [
        'Side access for grabbing the camera quickly.',
        'Water-resistant fabric with a rain cover.',
        'Fits a 15-inch laptop and a tripod.',
      ],
    },
    {
      noun: 'Security Camera',
      modifiers: ['Indoor', 'Outdoor', 'Wi-Fi'],
      priceDollars: [29, 199],
      summary: 'A Wi-Fi home security camera with night vision and motion alerts on your phone.',
      features: [
        'Two-way audio lets you talk to visitors.',
        '1080p HD video with local and cloud storage.',
        'Works with popular smart home assistants.',
      ],
    },
  ],
};
