import type { CategoryVocabulary } from './category-vocabulary.js';

/** Coffee makers, cookware, appliances and linens for Home & Kitchen. */
export const homeAndKitchen: CategoryVocabulary = {
  name: 'Home & Kitchen',
  slug: 'home-kitchen',
  skuPrefix: 'HOM',
  productCount: 26,
  brands: ['Hearth', 'Copperline', 'Maison', 'Brewster', 'Oakhollow', 'Evermore'],
  models: ['Classic', 'Plus', 'Deluxe', 'Pro', 'Mini', 'XL'],
  kinds: [
    {
      noun: 'Coffee Maker',
      modifiers: ['Drip', '12-Cup', 'Programmable', 'Single-Serve'],
      priceDollars: [39, 199],
      summary: 'A programmable coffee maker that brews a hot, full-flavored pot of coffee.',
      features: [
        'Brew-strength control for bold or regular coffee.',
        'A thermal carafe keeps coffee hot for hours.',
        'The auto-start timer wakes you with fresh coffee.',
      ],
    },
    {
      noun: 'Espresso Machine',
      modifiers: ['Semi-Automatic', 'Compact', 'Dual-Boiler'],
      priceDollars: [199, 899],
      summary: 'An espresso machine with a 15-bar pump and a steam wand for lattes and cappuccinos.',
      features: [
        'A built-in conical burr coffee grinder.',
        'Heats up in under a minute.',
        'A removable water tank and drip tray.',
      ],
    },
    {
      noun: "Chef's Knife",
      modifiers: ['8-inch', 'Damascus Steel', 'Japanese'],
      priceDollars: [29, 179],
      summary: "A razor-sharp chef's knife of high-carbon stainless steel for slicing, dicing and mincing.",
      features: [
        'A full-tang, balanced handle.',
        'Hand-sharpened to a 15-degree edge.',
        'Comes with a protective blade guard.',
      ],
    },
    {
      noun: 'Cast Iron Skillet',
      modifiers: ['10-inch', '12-inch', 'Pre-Seasoned'],
      priceDollars: [24, 79],
      summary: 'A pre-seasoned cast iron skillet for searing, baking and frying.',
      features: [
        'Works on induction, gas, in the oven and over a campfire.',
        'Holds heat evenly for a perfect sear.',
        'Gets better with every use.',
      ],
    },
    {
      noun: 'Air Fryer',
      modifiers: ['6-Quart', 'Dual-Basket', 'Digital'],
      priceDollars: [59, 199],
      summary: 'An air fryer that makes crispy fries and wings with little or no oil.',
      features: [
        'Eight one-touch presets including roast, bake and reheat.',
        'A nonstick, dishwasher-safe basket.',
        'A shake reminder for even cooking.',
      ],
    },
    {
      noun: 'Blender',
      modifiers: ['High-Speed', 'Personal', 'Countertop'],
      priceDollars: [39, 449],
      summary: 'A high-speed blender for smoothies, soups and nut butters.',
      features: [
        'Hardened stainless steel blades crush ice.',
        'A variable speed dial and pulse.',
        'A BPA-free jar with a tamper.',
      ],
    },
    {
      noun: 'Electric Kettle',
      modifiers: ['Gooseneck', 'Glass', 'Variable Temperature'],
      priceDollars: [24, 129],
      summary: 'An electric kettle that boils water fast for tea, pour-over coffee and instant meals.',
      features: [
        'A keep-warm setting holds the temperature for an hour.',
        'Auto shut-off and boil-dry protection.',
        'A precise pour spout.',
      ],
    },
    {
      noun: 'Bath Towel Set',
      modifiers: ['Organic Cotton', 'Quick-Dry', 'Luxury'],
      priceDollars: [29, 99],
      summary: 'A set of soft, absorbent cotton bath towels.',
      features: [
        'Includes two bath towels, two hand towels and two washcloths.',
        'OEKO-TEX certified and free from harmful chemicals.',
        'Gets softer with every wash.',
      ],
    },
    {
      noun: 'Robot Vacuum',
      modifiers: ['Self-Emptying', 'Mopping', 'Slim'],
      priceDollars: [199, 799],
      summary: 'A robot vacuum cleaner that maps your home and cleans carpets and hard floors on a schedule.',
      features: [
        'Strong suction picks up pet hair.',
        'Control it from an app or by voice.',
        'Returns to its dock to recharge.',
      ],
    },
  ],
};
