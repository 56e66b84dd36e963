import type { CategoryVocabulary } from './category-vocabulary.js';

/** Building sets, board games, puzzles and toys. */
export const toysAndGames: CategoryVocabulary = {
  name: 'Toys & Games',
  slug: 'toys-games',
  skuPrefix: 'TOY',
  productCount: 20,
  brands: ['Kidoodle', 'Brickworks', 'Funforge', 'Playwell', 'Marvelo', 'Tinker & Co.'],
  models: ['Junior', 'Deluxe', 'Classic', 'Mega', 'Starter', 'Edition 2'],
  kinds: [
    {
      noun: 'Building Blocks Set',
      modifiers: ['500-Piece', 'Space Station', 'Castle'],
      priceDollars: [19, 149],
      summary:
        'A building blocks set of colorful interlocking bricks that sparks creativity in kids 6 and up.',
      features: [
        'Compatible with major brick brands.',
        'Illustrated step-by-step instructions.',
        'Comes with a storage bin.',
      ],
    },
    {
      noun: 'Board Game',
      modifiers: ['Strategy', 'Family', 'Cooperative'],
      priceDollars: [19, 69],
      summary: 'A board game for 2 to 6 players that the whole family can learn in minutes.',
      features: [
        'Games last 30 to 60 minutes.',
        'Wooden pieces and a linen-finish board.',
        'Great for game night with kids and adults.',
      ],
    },
    {
      noun: 'Jigsaw Puzzle',
      modifiers: ['1000-Piece', '500-Piece', 'Panoramic'],
      priceDollars: [14, 34],
      summary: 'A jigsaw puzzle with precision-cut, snug-fitting pieces and a beautifully illustrated scene.',
      features: [
        'Includes a poster for reference.',
        'Made from recycled board.',
        'Finished size 70 x 50 cm.',
      ],
    },
    {
      noun: 'Remote Control Car',
      modifiers: ['Off-Road', '4WD', 'Racing'],
      priceDollars: [29, 129],
      summary: 'A fast remote control car with all-terrain tires and rechargeable batteries.',
      features: [
        'Reaches speeds of up to 30 km/h.',
        'The 2.4 GHz remote lets several cars race together.',
        'Shock-absorbing suspension for jumps.',
      ],
    },
    {
      noun: 'Plush Toy',
      modifiers: ['Teddy Bear', 'Dinosaur', 'Unicorn'],
      priceDollars: [12, 39],
      summary: 'A soft, huggable plush stuffed animal made for cuddles.',
      features: [
        'Machine washable.',
        'Safety-tested for babies and toddlers.',
        'Embroidered eyes with no small parts.',
      ],
    },
    {
      noun: 'STEM Robotics Kit',
      modifiers: ['Coding', 'Solar', 'Beginner'],
      priceDollars: [39, 179],
      summary: 'A STEM robotics kit that teaches kids to build and code their own robot.',
      features: [
        'Program with drag-and-drop blocks or Python.',
        'Includes sensors, motors and a rechargeable battery.',
        'Builds 12 different models.',
      ],
    },
    {
      noun: 'Card Game',
      modifiers: ['Party', 'Word', 'Travel'],
      priceDollars: [9, 24],
      summary: 'A fast, funny card game for friends and family, perfect for parties and travel.',
      features: [
        'Learn to play in five minutes.',
        'For 2 to 8 players aged 8 and up.',
        'The compact box fits in a backpack.',
      ],
    },
  ],
};
