/**
 * A typed promise wrapper over google.script.run: `await server.todayLists()` gives the response type
 * declared for that call in src/server/api.ts, and a call or argument the API does not declare fails tsc.
 */
import type { SidebarApi } from '../server/api';

type Remote = {
  [K in keyof SidebarApi]: (...args: SidebarApi[K]['args']) => Promise<SidebarApi[K]['response']>;
};

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

/** The operator-facing text of a failed call, without the "Error:" or "Exception:" Apps Script may put in front. */
export function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/^(?:Error|Exception|ScriptError):\s*/, '');
}
