/**
 * `google.script` for the built sidebar outside Apps Script, in the preview's frame and in the
 * browser tests. google.script.run posts each call as JSON to SCRIPT_RUN_PATH, where the local
 * runtime runs it (scripts/preview/scriptRun.ts); like the real one it is asynchronous, refuses
 * Dates and functions, and calls withSuccessHandler / withFailureHandler with withUserObject's
 * object. google.script.host.close() and every finished call are told to the parent page.
 */
import { argumentsRefused } from '../transferable';
import type { ScriptRunReply, SidebarEvent, SidebarMessage } from '../scriptRunProtocol';
import { SCRIPT_RUN_PATH, SIDEBAR_MESSAGE } from '../scriptRunProtocol';

type Handler = (valueOrError: unknown, userObject: unknown) => void;

interface Handlers {
  success?: Handler;
  failure?: Handler;
  userObject?: unknown;
}

function runner(handlers: Handlers): object {
  return new Proxy(
    {},
    {
      get(_target, name) {
        if (typeof name !== 'string') return undefined;
        if (name === 'withSuccessHandler') return (success: Handler) => runner({ ...handlers, success });
        if (name === 'withFailureHandler') return (failure: Handler) => runner({ ...handlers, failure });
        if (name === 'withUserObject') return (userObject: unknown) => runner({ ...handlers, userObject });
        return (...args: unknown[]) => void call(name, args, handlers);
      },
    },
  );
}

async function call(name: string, args: unknown[], handlers: Handlers): Promise<void> {
  const refused = argumentsRefused(name, args);
  const reply = refused ? { error: refused } : await post(name, args);
  tellParent({ type: 'ran', name });
  if ('error' in reply) {
    if (handlers.failure) handlers.failure(new Error(reply.error), handlers.userObject);
    else console.error(reply.error);
  } else handlers.success?.(reply.value, handlers.userObject);
}

async function post(name: string, args: unknown[]): Promise<ScriptRunReply> {
  try {
    const response = await fetch(SCRIPT_RUN_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name, args }),
    });
    return (await response.json()) as ScriptRunReply;
  } catch (error) {
    return { error: `The local runtime did not answer: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function tellParent(message: SidebarEvent): void {
  const sent: SidebarMessage = { source: SIDEBAR_MESSAGE, ...message };
  window.parent.postMessage(sent, window.location.origin);
}

Object.assign(window, {
  google: { script: { run: runner({}), host: { close: () => tellParent({ type: 'close' }) } } },
});
