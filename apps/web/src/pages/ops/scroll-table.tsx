// A table that scrolls sideways inside its box on a narrow screen; the box takes keyboard focus so
// it can be scrolled without a mouse.
import type { ComponentChildren } from 'preact';

/** A focusable, labelled scroll box around a table. */
export function ScrollTable({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

/** A table's head row: one column header per name. */
export function ColumnHeads({ names }: { names: readonly string[] }) {
  return (
    <thead>
      <tr>
        {names.map((name) => (
          <th key={name} scope="col">
            {name}
          </th>
        ))}
      </tr>
    </thead>
  );
}
