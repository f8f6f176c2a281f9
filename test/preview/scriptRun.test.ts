/** The runtime's end of google.script.run, over a hand-written Code.js. */
import { answerScriptRun } from '../../scripts/preview/scriptRun';
import type { ScriptRunReply } from '../../scripts/preview/scriptRunProtocol';
import { runtimeWith } from '../runtime/fixture';

const CODE = `
function echo(value) { return value; }
function nothing() {}
function when() { return { rows: [{ sent: new Date(0) }] }; }
function callback() { return [function () {}]; }
function fails() { throw new Error('The Orders tab is missing'); }
function helper_() { return 'private'; }
`;

const call = (name: string, ...args: unknown[]) =>
  answerScriptRun(runtimeWith(CODE), JSON.stringify({ name, args })).reply;

const errorOf = (reply: ScriptRunReply): string | undefined => ('error' in reply ? reply.error : undefined);

describe('google.script.run in the runtime', () => {
  it('answers plain data as it came, and nothing as null', () => {
    expect(call('echo', { a: [1, 'x', true, null] })).toEqual({ value: { a: [1, 'x', true, null] } });
    expect(call('nothing')).toEqual({ value: null });
  });

  it('refuses results holding a Date or a function, saying where', () => {
    expect(errorOf(call('when'))).toMatch(
      /^when returned a Date at result\.rows\[0\]\.sent, which google\.script\.run/,
    );
    expect(errorOf(call('callback'))).toMatch(/^callback returned a function at result\[0\]/);
  });

  it("answers the server's error message, and refuses private and unknown functions", () => {
    expect(call('fails')).toEqual({ error: 'The Orders tab is missing' });
    expect(call('helper_')).toEqual({ error: 'Script function not found: helper_' });
    expect(call('missing')).toEqual({ error: 'Script function not found: missing' });
  });

  it('refuses a request that is not a call', () => {
    const runtime = runtimeWith(CODE);
    expect(answerScriptRun(runtime, 'not json').reply).toEqual({ error: 'google.script.run: the request is not JSON' });
    expect(answerScriptRun(runtime, JSON.stringify({ name: 'echo' })).reply).toEqual({
      error: 'google.script.run: the request needs a function name and an argument list',
    });
  });
});
