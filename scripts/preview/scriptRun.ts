/**
 * The runtime's end of google.script.run: runs the call the shim posted (`{ name, args }` as JSON)
 * and answers its result or its error message. Apps Script lets the client call any top-level
 * function but private ones (names ending in `_`), and refuses results holding Dates or functions.
 */
import type { Runtime } from '../runtime';
import type { ScriptRunReply } from './scriptRunProtocol';
import { resultRefused } from './transferable';

export interface ScriptRunCall {
  /** The function called, or '' when the request was not a call. */
  name: string;
  reply: ScriptRunReply;
}

export function answerScriptRun(runtime: Runtime, body: string): ScriptRunCall {
  let request: unknown;
  try {
    request = JSON.parse(body);
  } catch {
    return { name: '', reply: { error: 'google.script.run: the request is not JSON' } };
  }
  const { name, args } = (request ?? {}) as { name?: unknown; args?: unknown };
  if (typeof name !== 'string' || !Array.isArray(args))
    return { name: '', reply: { error: 'google.script.run: the request needs a function name and an argument list' } };
  if (!runtime.has(name) || name.endsWith('_')) return { name, reply: { error: `Script function not found: ${name}` } };
  try {
    const value = runtime.call(name, ...(args as unknown[]));
    const notSendable = resultRefused(name, value);
    // Results cross as JSON, as they do from Apps Script: plain data, undefined as null.
    return { name, reply: notSendable ? { error: notSendable } : { value: value === undefined ? null : value } };
  } catch (error) {
    return { name, reply: { error: messageOf(error) } };
  }
}

/** An error's message, also for errors made in the add-on's own realm (where `instanceof Error` is false). */
function messageOf(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(error);
}
