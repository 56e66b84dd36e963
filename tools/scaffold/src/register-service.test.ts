import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { diagramMarker, withDocumentedService } from './register-service.js';
import { spellingsOf } from './service-name.js';

const page = readFileSync(fileURLToPath(new URL('../../../docs/architecture.md', import.meta.url)), 'utf8');
const diagramOf = (text: string) =>
  text.slice(text.indexOf('## The system at a glance'), text.indexOf('## Services'));

describe("docs/architecture.md's diagram after new:service", () => {
  it('has no empty "also behind the gateway" line before a service is added', () => {
    expect(diagramOf(page)).not.toContain(diagramMarker.trim());
  });

  it('names the first new service on a line of its own inside the diagram, and appends later ones to it', () => {
    const once = withDocumentedService(page, spellingsOf('wishlist'), 41);
    const twice = withDocumentedService(once, spellingsOf('gift-cards'), 42);
    const lines = diagramOf(twice).split('\n');
    const marked = lines.findIndex((line) => line.startsWith(diagramMarker));
    expect(lines[marked]).toBe(`${diagramMarker} wishlist gift-cards`);
    expect(lines[marked + 1]).toBe('```');
    expect(lines.filter((line) => line.startsWith(diagramMarker))).toHaveLength(1);
  });
});
