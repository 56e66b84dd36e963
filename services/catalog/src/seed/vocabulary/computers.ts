import type { CategoryVocabulary } from './category-vocabulary.js';

/** Laptops, desktops, monitors and accessories in the Computers category. */
export const computers: CategoryVocabulary = {
  name: 'Computers',
  slug: 'computers',
  skuPrefix: 'CMP',
  productCount: 24,
  brands: ['Vertex', 'Quanta', 'Lumen', 'Corebyte', 'Helix', 'Northstar'],
  models: ['Pro', 'Plus', 'X', 'Elite', 'S', 'Gen 2'],
  kinds: [
    {
      noun: 'Laptop',
      modifiers: ['Ultrabook', '14-inch', '16-inch', 'Gaming'],
      priceDollars: [699, 2199],
      summary: 'A thin and light laptop with an all-day battery, a sharp IPS display and a fast SSD.',
      features: [
        'Up to 16 GB of memory and 1 TB of NVMe storage.',
        'A backlit keyboard and a 1080p webcam with a privacy shutter.',
        'Two USB-C ports with charging and display output.',
      ],
    },
    {
      noun: 'Desktop Tower',
      modifiers: ['Gaming', 'Compact', 'Creator'],
      priceDollars: [799, 2499],
      summary: 'A desktop computer with a fast multi-core processor and room to upgrade.',
      features: [
        'A dedicated graphics card for gaming and video editing.',
        'A tool-free side panel with space for more drives.',
        'Wi-Fi 6E and Bluetooth built in.',
      ],
    },
    {
      noun: 'Monitor',
      modifiers: ['27-inch 4K', '34-inch Ultrawide', '24-inch', '144Hz'],
      priceDollars: [179, 899],
      summary: 'A computer monitor with an IPS panel, accurate color and thin bezels.',
      features: [
        'USB-C input charges your laptop over one cable.',
        'A height, tilt and swivel adjustable stand.',
        'A flicker-free backlight with a low blue light mode.',
      ],
    },
    {
      noun: 'Mechanical Keyboard',
      modifiers: ['Wireless', 'Tenkeyless', 'RGB', 'Low-Profile'],
      priceDollars: [59, 199],
      summary: 'A mechanical keyboard with hot-swappable switches and satisfying, tactile keys.',
      features: [
        'Connects by Bluetooth, 2.4 GHz wireless or USB-C cable.',
        'Per-key RGB backlighting with onboard profiles.',
        'Doubleshot PBT keycaps that will not shine.',
      ],
    },
    {
      noun: 'Mouse',
      modifiers: ['Wireless', 'Ergonomic', 'Gaming', 'Vertical'],
      priceDollars: [19, 129],
      summary: 'A comfortable wireless mouse with a precise optical sensor.',
      features: [
        'Silent clicks and a fast scroll wheel.',
        'Pairs with up to three computers.',
        'A rechargeable battery lasts up to 70 days.',
      ],
    },
    {
      noun: 'USB-C Hub',
      modifiers: ['7-in-1', 'Portable', 'Aluminum'],
      priceDollars: [24, 89],
      summary: 'A USB-C hub that adds HDMI, USB-A ports and an SD card reader to your laptop.',
      features: [
        '4K HDMI output at 60 Hz for an external monitor.',
        '100 W power delivery pass-through charging.',
        'A gigabit Ethernet port for a stable wired connection.',
      ],
    },
    {
      noun: 'USB-C Cable',
      modifiers: ['Braided', '2-Meter', 'Fast-Charging'],
      priceDollars: [7, 19],
      summary: 'A durable USB-C to USB-C cable for charging and data transfer.',
      features: [
        'Supports 100 W fast charging for laptops and phones.',
        'A braided nylon jacket tested to 20,000 bends.',
        'Transfers data at up to 10 Gbps.',
      ],
    },
    {
      noun: 'External SSD',
      modifiers: ['Portable', '1TB', '2TB', 'Rugged'],
      priceDollars: [79, 299],
      summary: 'A pocket-sized external SSD drive with fast transfers for photos, video and backups.',
      features: [
        'Read speeds up to 1,050 MB/s over USB-C.',
        'A drop-resistant shell with hardware encryption.',
        'Works with Mac, Windows, iPad and game consoles.',
      ],
    },
  ],
};
