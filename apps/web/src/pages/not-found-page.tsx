// Any address the app does not know.

/** The page for an unknown address. */
export function NotFoundPage() {
  return (
    <div class="state">
      <h1>Page not found</h1>
      <p>
        This page does not exist. <a href="/">Go to the home page</a> or{' '}
        <a href="/search">search the store</a>.
      </p>
    </div>
  );
}
