/**
 * A typed promise wrapper over google.script.run: the sidebar calls `server.runOrganize()` and
 * gets the server's own result type.
 */
import type * as api from '../server/index';

type Api = typeof api;
type Remote = { [K in keyof Api]: (...args: Parameters<Api[K]>) => Promise<ReturnType<Api[K]>> };

interface ScriptRun {
  withSuccessHandler(fn: (value: unknown) => void): ScriptRun;
  withFailureHandler(fn: (error: Error) => void): ScriptRun;
  [name: string]: unknown;
}

declare const google: { script: { run: ScriptRun } };

export const server = new Proxy({} as Remote, {
  get:
    (_target, name: string) =>
    (...args: unknown[]) =>
      new Promise((resolve, reject) => {
        const runner = google.script.run.withSuccessHandler(resolve).withFailureHandler(reject);
        (runner[name] as (...a: unknown[]) => void)(...args);
      }),
});
