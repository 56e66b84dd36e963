// The frame of every page: the header with search and the account's links, the page, the footer.
import type { ComponentChildren } from 'preact';
import { useLocation } from 'preact-iso';
import { logOut } from '../api/auth.ts';
import { useSession } from '../hooks/use-session.ts';
import { useUnreadCount } from '../hooks/use-unread-count.ts';

/** The page frame around `children`. */
export function Layout({ children }: { children: ComponentChildren }) {
  return (
    <>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="top">
        <div class="top-inner">
          <a href="/" class="brand" aria-label="Bazaar home">
            Bazaar
          </a>
          <SearchBox />
          <AccountLinks />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer class="bottom">Bazaar — a small store made of small services.</footer>
    </>
  );
}

function SearchBox() {
  const { query, route } = useLocation();
  const submit = (event: Event) => {
    event.preventDefault();
    const q = new FormData(event.currentTarget as HTMLFormElement).get('q')?.toString().trim() ?? '';
    route(`/search?${new URLSearchParams(q ? { q } : {})}`);
  };
  return (
    <form role="search" class="search-box" onSubmit={submit}>
      <label for="site-search" class="visually-hidden">
        Search products
      </label>
      <input id="site-search" name="q" type="search" placeholder="Search products" value={query.q ?? ''} />
      <button type="submit" class="button">
        Search
      </button>
    </form>
  );
}

function AccountLinks() {
  const user = useSession();
  const unread = useUnreadCount();
  const { route } = useLocation();
  if (!user) {
    return (
      <nav class="account" aria-label="Account">
        <a href="/login">Log in</a>
        <a href="/signup" class="button">
          Sign up
        </a>
      </nav>
    );
  }
  const unreadLabel = unread ? `Notifications, ${unread} unread` : 'Notifications';
  return (
    <nav class="account" aria-label="Account">
      {user.role === 'admin' && <a href="/admin/products">Admin</a>}
      {user.role === 'admin' && <a href="/ops">Ops</a>}
      <a href="/orders">Orders</a>
      <a href="/notifications" aria-label={unreadLabel}>
        Notifications
        {unread ? (
          <span class="count" aria-hidden="true">
            {unread}
          </span>
        ) : null}
      </a>
      <a href="/cart">Cart</a>
      <button type="button" class="link" onClick={() => logOut().then(() => route('/'))}>
        Log out
      </button>
    </nav>
  );
}
