// What a panel says while its first answer is on the way, or when its source cannot answer.
import { ApiError } from '../../api/api-error.ts';
import { Loading } from '../../components/states.tsx';

/** "Loading …", or why the panel has nothing to show; null once there is data. */
export function PanelState({ what, data, error }: { what: string; data: unknown; error: unknown }) {
  if (data !== undefined && !error) return null;
  if (error) {
    const missing = error instanceof ApiError && error.status === 404;
    return (
      <p class="state state-error" role="alert">
        {missing ? `This gateway does not serve ${what} yet.` : `Could not load ${what}; retrying.`}
      </p>
    );
  }
  return <Loading what={`Loading ${what}`} />;
}
