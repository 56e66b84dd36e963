import { audio } from './audio.js';
import { beauty } from './beauty.js';
import { books } from './books.js';
import { cameras } from './cameras.js';
import type { CategoryVocabulary } from './category-vocabulary.js';
import { computers } from './computers.js';
import { garden } from './garden.js';
import { homeAndKitchen } from './home-and-kitchen.js';
import { office } from './office.js';
import { outdoors } from './outdoors.js';
import { phonesAndTablets } from './phones-and-tablets.js';
import { sportsAndFitness } from './sports-and-fitness.js';
import { toysAndGames } from './toys-and-games.js';

/** Every demo category's vocabulary, in the order the catalog lists them. */
export const allCategoryVocabularies: readonly CategoryVocabulary[] = [
  audio,
  computers,
  phonesAndTablets,
  cameras,
  homeAndKitchen,
  outdoors,
  books,
  toysAndGames,
  sportsAndFitness,
  office,
  beauty,
  garden,
];
