import type { CategoryVocabulary } from './category-vocabulary.js';

/** Headphones, earbuds, speakers and the rest of the Audio category. */
export const audio: CategoryVocabulary = {
  name: 'Audio',
  slug: 'audio',
  skuPrefix: 'AUD',
  productCount: 24,
  brands: ['Aurora', 'Sonora', 'Bassline', 'Halcyon', 'Echelon', 'Nimbus'],
  models: ['Pro', 'Max', 'Lite', 'II', 'SE', '2'],
  kinds: [
    {
      noun: 'Noise-Cancelling Headphones',
      modifiers: ['Wireless', 'Over-Ear', 'Studio'],
      priceDollars: [99, 349],
      summary: 'Over-ear headphones with adaptive active noise cancelling and soft memory-foam ear cushions.',
      features: [
        'Up to 30 hours of wireless playback on a single charge.',
        'Bluetooth 5.3 multipoint pairs with a phone and a laptop at once.',
        'Folds flat into a hard-shell travel case.',
      ],
    },
    {
      noun: 'Earbuds',
      modifiers: ['True Wireless', 'Sport', 'Compact'],
      priceDollars: [39, 199],
      summary: 'True wireless earbuds with a pocketable charging case and a secure, comfortable fit.',
      features: [
        'IPX5 sweat and water resistance for workouts and rainy commutes.',
        'Touch controls for music, calls and your voice assistant.',
        'The wireless charging case adds 24 hours of listening.',
      ],
    },
    {
      noun: 'Bluetooth Speaker',
      modifiers: ['Portable', 'Waterproof', 'Rugged'],
      priceDollars: [29, 179],
      summary: 'A portable Bluetooth speaker with deep bass and 360-degree sound.',
      features: [
        'IP67 waterproof and dustproof, and it even floats.',
        'Pair two speakers for true stereo sound.',
        'Up to 20 hours of playtime with USB-C fast charging.',
      ],
    },
    {
      noun: 'Soundbar',
      modifiers: ['Dolby Atmos', 'Slim', '3.1-Channel'],
      priceDollars: [149, 699],
      summary: 'A home theater soundbar with clear dialogue and room-filling surround sound for your TV.',
      features: [
        'Connects over HDMI eARC with a single cable.',
        'Includes a wireless subwoofer for cinematic bass.',
        'Night mode keeps dialogue clear at low volume.',
      ],
    },
    {
      noun: 'Turntable',
      modifiers: ['Belt-Drive', 'Bluetooth', 'Vintage'],
      priceDollars: [119, 499],
      summary: 'A record player turntable for vinyl with a built-in phono preamp.',
      features: [
        'An aluminum platter and counterweighted tonearm keep playback steady.',
        'Streams your records to Bluetooth speakers and headphones.',
        'Includes a dust cover and a 45 RPM adapter.',
      ],
    },
    {
      noun: 'USB Microphone',
      modifiers: ['Podcast', 'Condenser', 'Streaming'],
      priceDollars: [49, 199],
      summary: 'A USB condenser microphone for podcasting, streaming and video calls.',
      features: [
        'Plug-and-play on Mac, Windows and game consoles.',
        'A zero-latency headphone jack for live monitoring.',
        'Its cardioid pickup pattern rejects background noise.',
      ],
    },
    {
      noun: 'Bookshelf Speakers',
      modifiers: ['Powered', 'Compact', 'Wooden'],
      priceDollars: [129, 599],
      summary: 'A pair of powered bookshelf speakers with warm, detailed stereo sound.',
      features: [
        'Optical, RCA and Bluetooth inputs for TVs, turntables and phones.',
        'Real wood veneer cabinets with magnetic grilles.',
        'A built-in amplifier means no receiver is needed.',
      ],
    },
  ],
};
