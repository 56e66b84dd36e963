// @bazaar/faults: a TCP fault proxy for tests, driven in-process or over its HTTP control API.
export * from './fault-mode.js';
export * from './fault-proxy.js';
export * from './control-server.js';
export type { Upstream } from './proxied-connection.js';
