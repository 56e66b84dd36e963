// Preloaded into every child (`node --import …/orphan-guard.js`): if the runner dies without
// stopping its children — even by SIGKILL — each child sends itself SIGTERM, so its own graceful
// shutdown runs and no orphan keeps holding a port. The children's code needs no change for this.
import { watchParent } from './parent-watch.js';

watchParent(() => {
  process.kill(process.pid, 'SIGTERM');
  // A child whose shutdown hangs would otherwise live on; unref'd, so it never delays a clean exit.
  setTimeout(() => process.exit(1), 10_000).unref();
});
