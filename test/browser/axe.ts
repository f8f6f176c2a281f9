/**
 * Accessibility checks with axe-core: injects axe into a page (or one frame of it), runs it and
 * returns the violations; `expectAccessible` fails the test on any serious or critical one.
 */
import * as fs from 'node:fs';
import type * as Axe from 'axe-core';
import type { Frame, Page } from 'playwright-core';

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const BLOCKING: ReadonlySet<Axe.ImpactValue> = new Set<Axe.ImpactValue>(['serious', 'critical']);

/** A selector or `{ include, exclude }` of selectors; frames are checked on their own, never from their parent. */
export type AxeContext = string | Axe.SerialContextObject;

/** The axe violations in `target`, within `context` (by default the whole document). */
export async function axeViolations(target: Page | Frame, context: AxeContext = 'html'): Promise<Axe.Result[]> {
  await target.evaluate(AXE_SOURCE);
  return target.evaluate(async (within) => {
    const axe = (window as unknown as { axe: typeof Axe }).axe;
    const results = await axe.run(within, { resultTypes: ['violations'], iframes: false });
    return results.violations;
  }, context);
}

export async function expectAccessible(target: Page | Frame, context?: AxeContext): Promise<void> {
  const blocking = (await axeViolations(target, context)).filter((v) => v.impact && BLOCKING.has(v.impact));
  if (blocking.length > 0)
    throw new Error(`axe: ${blocking.length} serious or critical violation(s)\n${blocking.map(describe).join('\n')}`);
}

function describe(violation: Axe.Result): string {
  const nodes = violation.nodes.map((node) => `    ${node.target.join(' ')}: ${node.html}`);
  return [`  [${violation.impact}] ${violation.id}: ${violation.help} (${violation.helpUrl})`, ...nodes].join('\n');
}
