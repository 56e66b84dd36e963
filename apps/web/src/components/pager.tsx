// Previous / next links over pages, keeping every other query parameter.

/** Page links for `total` items, `pageSize` per page; `hrefFor(page)` builds each link. */
export function Pager(props: {
  page: number;
  pageSize: number;
  total: number;
  hrefFor: (page: number) => string;
}) {
  const pages = Math.max(1, Math.ceil(props.total / props.pageSize));
  if (pages <= 1) return null;
  return (
    <nav class="pager" aria-label="Pages">
      {props.page > 1 ? (
        <a href={props.hrefFor(props.page - 1)} rel="prev">
          ← Previous
        </a>
      ) : (
        <span />
      )}
      <span>
        Page {props.page} of {pages}
      </span>
      {props.page < pages ? (
        <a href={props.hrefFor(props.page + 1)} rel="next">
          Next →
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
