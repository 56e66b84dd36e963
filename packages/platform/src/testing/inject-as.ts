import type { InjectOptions } from 'fastify';
import { serviceCredentialHeader } from '../auth/service-keys.js';
import type { HttpApp } from '../http/create-http-server.js';
import { serviceCredentialAs } from './test-service-keys.js';

/**
 * Makes `app.inject({...})` send `caller`'s credential for `service` unless the request names one
 * itself: the app's tests then call it the way its real callers do.
 */
export function injectAs(app: HttpApp, caller: string, service: string): void {
  const inject = app.inject.bind(app) as (options: InjectOptions | string) => ReturnType<HttpApp['inject']>;
  const withCredential = async (options: InjectOptions | string) => {
    const request: InjectOptions = typeof options === 'string' ? { url: options } : options;
    const headers = (request.headers ?? {}) as Record<string, string>;
    if (serviceCredentialHeader in headers) return inject(request);
    return inject({ ...request, headers: { ...(await serviceCredentialAs(caller, service)), ...headers } });
  };
  Object.assign(app, { inject: withCredential });
}
