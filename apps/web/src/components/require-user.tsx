// Pages for signed-in shoppers (or the admin) send everyone else to log in first.
import type { ComponentChildren } from 'preact';
import { useLocation } from 'preact-iso';
import { useSession } from '../hooks/use-session.ts';

/** Shows `children` to a signed-in user (an admin when `admin`), else a way to log in. */
export function RequireUser({ children, admin = false }: { children: ComponentChildren; admin?: boolean }) {
  const user = useSession();
  const { url } = useLocation();
  if (!user) {
    return (
      <div class="state">
        <h1>Please log in</h1>
        <p>
          <a class="button primary" href={`/login?next=${encodeURIComponent(url)}`}>
            Log in
          </a>{' '}
          or <a href="/signup">create an account</a> to continue.
        </p>
      </div>
    );
  }
  if (admin && user.role !== 'admin')
    return (
      <p class="state state-error" role="alert">
        This page is for the store’s staff only.
      </p>
    );
  return <>{children}</>;
}
