// `npm run docs:system`: writes the services table of docs/architecture.md from the declaration.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bazaar } from '../bazaar.system.js';
import { withServicesTable } from './services-table.js';

const page = fileURLToPath(new URL('../../../docs/architecture.md', import.meta.url) /* from dist/src */);
writeFileSync(page, withServicesTable(readFileSync(page, 'utf8'), bazaar));
process.stdout.write('docs/architecture.md: services table written from system/bazaar.system.ts\n');
