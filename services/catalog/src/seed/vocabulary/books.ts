import type { CategoryVocabulary } from './category-vocabulary.js';

/** Cookbooks, guides, novels and children's books; the "brands" are title openings. */
export const books: CategoryVocabulary = {
  name: 'Books',
  slug: 'books',
  skuPrefix: 'BKS',
  productCount: 24,
  brands: ['The Complete', 'The Essential', 'The Illustrated', 'The Pocket', 'The Modern', "The Beginner's"],
  models: ['(Hardcover)', '(Paperback)', '(2nd Edition)', '(Revised Edition)', '(Spiral-Bound)'],
  kinds: [
    {
      noun: 'Cookbook',
      modifiers: ['Sourdough Baking', 'Weeknight Vegetarian', 'Italian', 'Coffee and Espresso'],
      priceDollars: [19, 45],
      summary: 'A cookbook with more than 100 tested recipes and step-by-step photos.',
      features: [
        'Written for home cooks, with shopping lists and make-ahead tips.',
        'A lay-flat binding stays open on the counter.',
        'Includes a chapter on essential kitchen tools.',
      ],
    },
    {
      noun: 'Field Guide',
      modifiers: ['Birdwatching', 'Wildflower', 'Tree', 'Stargazing'],
      priceDollars: [14, 34],
      summary: 'A field guide with color illustrations, range maps and identification tips.',
      features: [
        'A durable, water-resistant cover for the trail.',
        'Organized by shape and color for quick lookups.',
        'Sized to fit a jacket pocket.',
      ],
    },
    {
      noun: 'Programming Handbook',
      modifiers: ['TypeScript', 'Python', 'Rust', 'SQL'],
      priceDollars: [29, 59],
      summary: 'A hands-on programming book that teaches by building real projects.',
      features: [
        'Hundreds of code examples with exercises and solutions.',
        'Covers testing, debugging and performance.',
        'Written for beginners and working developers alike.',
      ],
    },
    {
      noun: 'Novel',
      modifiers: ['Mystery', 'Science Fiction', 'Historical', 'Fantasy'],
      priceDollars: [12, 29],
      summary: 'A gripping, award-winning novel that readers cannot put down.',
      features: [
        'A bestselling story of family, secrets and second chances.',
        "Includes a reader's guide for book clubs.",
        'Soon to be a streaming series.',
      ],
    },
    {
      noun: 'Gardening Guide',
      modifiers: ['Vegetable', 'Container', 'Permaculture'],
      priceDollars: [16, 39],
      summary: 'A practical gardening book for growing vegetables, herbs and flowers.',
      features: [
        'A month-by-month planting calendar.',
        'Organic pest control without chemicals.',
        'Plans for raised beds and small spaces.',
      ],
    },
    {
      noun: "Children's Picture Book",
      modifiers: ['Bedtime', 'Dinosaur', 'Alphabet'],
      priceDollars: [8, 24],
      summary: 'A colorful picture book for kids aged 3 to 7 to read aloud at bedtime.',
      features: [
        'Sturdy, wipe-clean pages.',
        'Rhyming text that toddlers love to repeat.',
        'Illustrated by an award-winning artist.',
      ],
    },
    {
      noun: 'Travel Guide',
      modifiers: ['Japan', 'Italy', 'National Parks', 'Iceland'],
      priceDollars: [14, 34],
      summary: 'A travel guide with itineraries, maps and local tips for planning your trip.',
      features: [
        'Honest reviews of hotels, restaurants and sights.',
        'A pull-out city map.',
        'Budget tips and seasonal highlights.',
      ],
    },
  ],
};
