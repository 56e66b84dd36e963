import { isPostgres } from '@bazaar/platform';
import { sql, type Kysely, type Migration } from 'kysely';

/** Creates the product index (generations, full text), the stock it shows, and the index state. */
export const createSearchIndex: Migration = {
  async up(db: Kysely<unknown>) {
    const postgres = isPostgres(db);
    await db.schema
      .createTable('products')
      .addColumn('doc_id', postgres ? 'serial' : 'integer', (column) => column.primaryKey())
      .addColumn('generation', 'integer', (column) => column.notNull())
      .addColumn('product_id', 'text', (column) => column.notNull())
      .addColumn('sku', 'text', (column) => column.notNull())
      .addColumn('name', 'text', (column) => column.notNull())
      .addColumn('description', 'text', (column) => column.notNull())
      .addColumn('category', 'text', (column) => column.notNull())
      .addColumn('price_amount', 'integer', (column) => column.notNull())
      .addColumn('created_at', 'text', (column) => column.notNull())
      .addColumn('updated_at', 'text', (column) => column.notNull())
      .addUniqueConstraint('products_generation_product', ['generation', 'product_id'])
      .execute();
    // (category, price) covers the facet counts, which read no other column
    const indexes = {
      category: ['category', 'price_amount'],
      price_amount: ['price_amount'],
      created_at: ['created_at'],
      name: ['name'],
    };
    for (const [name, columns] of Object.entries(indexes)) {
      await db.schema
        .createIndex(`products_generation_${name}`)
        .on('products')
        .columns(['generation', ...columns])
        .execute();
    }
    await (postgres ? addPostgresFullText(db) : addSqliteFullText(db));
    await db.schema
      .createTable('stock')
      .addColumn('product_id', 'text', (column) => column.primaryKey())
      .addColumn('in_stock', 'integer', (column) => column.notNull())
      .addColumn('available', 'integer', (column) => column.notNull())
      .addColumn('changed_at', 'text', (column) => column.notNull())
      .execute();
    await db.schema
      .createTable('index_state')
      .addColumn('id', 'integer', (column) => column.primaryKey())
      .addColumn('live_generation', 'integer', (column) => column.notNull())
      .addColumn('building_generation', 'integer')
      .execute();
    await sql`insert into index_state (id, live_generation, building_generation) values (1, 1, null)`.execute(
      db,
    );
  },
};

// Name weighs A, description B: ts_rank then prefers name hits. 'simple' keeps words as written
// (no stemming), so prefixes behave as on SQLite.
async function addPostgresFullText(db: Kysely<unknown>): Promise<void> {
  await sql`alter table products add column search_vector tsvector generated always as (
    setweight(to_tsvector('simple', name), 'A') || setweight(to_tsvector('simple', description), 'B')
  ) stored`.execute(db);
  await sql`create index products_search_vector on products using gin (search_vector)`.execute(db);
}

// An external-content FTS5 table over products(name, description), kept in step by triggers in
// the writing transaction. Diacritics are kept, as PostgreSQL's 'simple' configuration keeps them.
async function addSqliteFullText(db: Kysely<unknown>): Promise<void> {
  await sql`create virtual table products_fts using fts5(
    name, description, content='products', content_rowid='doc_id',
    tokenize='unicode61 remove_diacritics 0'
  )`.execute(db);
  await sql`create trigger products_fts_insert after insert on products begin
    insert into products_fts (rowid, name, description) values (new.doc_id, new.name, new.description);
  end`.execute(db);
  await sql`create trigger products_fts_delete after delete on products begin
    insert into products_fts (products_fts, rowid, name, description)
    values ('delete', old.doc_id, old.name, old.description);
  end`.execute(db);
  await sql`create trigger products_fts_update after update of name, description on products begin
    insert into products_fts (products_fts, rowid, name, description)
    values ('delete', old.doc_id, old.name, old.description);
    insert into products_fts (rowid, name, description) values (new.doc_id, new.name, new.description);
  end`.execute(db);
}
