// Loading, empty and error states, the same on every page.
import type { ComponentChildren } from 'preact';
import { ApiError } from '../api/api-error.ts';
import { messageFor } from '../format/messages.ts';

/** A polite "loading" line that screen readers announce. */
export function Loading({ what = 'Loading' }: { what?: string }) {
  return (
    <p class="state" role="status" aria-live="polite">
      <span class="spinner" aria-hidden="true" /> {what}…
    </p>
  );
}

/** A message for a failed load, with a way to try again. */
export function ErrorNote({ error, retry }: { error: unknown; retry?: () => void }) {
  const message = error instanceof ApiError ? error.message : messageFor('NETWORK');
  return (
    <div class="state state-error" role="alert">
      <p>{message}</p>
      {retry && (
        <button type="button" class="button secondary" onClick={retry}>
          Try again
        </button>
      )}
    </div>
  );
}

/** What an empty list says, with an optional way forward. */
export function Empty({ children }: { children: ComponentChildren }) {
  return <div class="state state-empty">{children}</div>;
}
