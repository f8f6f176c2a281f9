/**
 * What google.script.run can carry: primitives, arrays and plain objects of them. It refuses Dates
 * and functions anywhere inside, in arguments and in results. Shared by the browser shim (arguments)
 * and the server side (results), so both refuse the same things with the same words.
 */

/** Where inside `value` the first Date or function is (`a Date at [0].from`), or undefined if there is none. */
export function untransferable(value: unknown, at = ''): string | undefined {
  // Object.prototype.toString sees Dates from any realm (the add-on's run in a vm context).
  if (Object.prototype.toString.call(value) === '[object Date]') return `a Date${where(at)}`;
  if (typeof value === 'function') return `a function${where(at)}`;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = untransferable(item, `${at}[${index}]`);
      if (found) return found;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = untransferable(item, `${at}.${key}`);
      if (found) return found;
    }
  }
  return undefined;
}

function where(at: string): string {
  return at ? ` at ${at}` : '';
}

/** The message of a call whose arguments hold something google.script.run cannot send. */
export function argumentsRefused(functionName: string, args: unknown[]): string | undefined {
  const found = untransferable(args, 'arguments');
  return found && `google.script.run.${functionName}: ${found}, which cannot be sent; send an ISO string or plain data`;
}

/** The message of a result that holds something google.script.run cannot send back. */
export function resultRefused(functionName: string, result: unknown): string | undefined {
  const found = untransferable(result, 'result');
  return (
    found &&
    `${functionName} returned ${found}, which google.script.run cannot send; return an ISO string or plain data`
  );
}
