import fc from 'fast-check';
import type { SheetValue } from '../../../src/core/cells';
import type { OrganizeOutput } from '../../../src/core/organize';
import { organize } from '../../../src/core/organize';
import type { ExistingTab, MergeState } from '../../../src/core/organize/merge';

const HEADER = ['Date', 'Creator', 'Type', 'Amount', 'Currency', 'Notes'];

interface Payment {
  day: number;
  type: string;
  amount: number;
}

function organizeCosts(payments: readonly Payment[], costs?: ExistingTab, state?: MergeState): OrganizeOutput {
  const rows = payments.map((p, i) => [`2026-07-0${p.day}`, '@jane', p.type, p.amount, 'USD', `payment ${i}`]);
  return organize({
    tabs: [{ name: 'Creator payments', values: [HEADER, ...rows] }],
    managed: costs ? { Costs: costs } : {},
    state: state ? { Costs: state } : {},
    savedMappings: new Map(),
    timeZone: 'UTC',
    now: new Date('2026-07-10T18:00:00Z'),
  });
}

const costsOf = (output: OrganizeOutput) => output.tabs.find((t) => t.name === 'Costs')!;

describe('Costs, whose key is the whole payment', () => {
  // Payments alike but for their Amount are told apart by their order alone: Costs may pair them
  // either way round (totals are the same); here each payment has a Date and Type of its own.
  it('property: after any run of Amount corrections in the source and on Costs, each payment is one row, showing the value typed last by hand or else the source', () => {
    const payment = fc.record({
      day: fc.integer({ min: 1, max: 3 }),
      type: fc.constantFrom('Flat fee', 'Bonus', 'Retainer'),
      amount: fc.constantFrom<number>(100, 200, 300),
    });
    const step = fc.record({ byHand: fc.boolean(), payment: fc.nat(), amount: fc.constantFrom(100, 200, 250) });
    const payments = fc.uniqueArray(payment, { minLength: 1, maxLength: 5, selector: (p) => `${p.day}|${p.type}` });
    fc.assert(
      fc.property(payments, fc.array(step, { maxLength: 6 }), (start, steps) => {
        const source = start.map((p) => ({ ...p }));
        const byHand = new Map<number, number>();
        let output = organizeCosts(source);
        for (const step of steps) {
          const p = step.payment % source.length;
          const tab = costsOf(output);
          const values: SheetValue[][] = [tab.headers, ...tab.rows.map((row) => row.map((cell) => cell as SheetValue))];
          if (step.byHand) {
            const row = values.findIndex((r) => r[tab.headers.indexOf('Notes')] === `payment ${p}`);
            values[row][tab.headers.indexOf('Amount')] = step.amount;
          }
          // A cell that holds what the source says is the source's again.
          if (step.byHand && step.amount !== source[p].amount) byHand.set(p, step.amount);
          else if (step.byHand || byHand.get(p) === step.amount) byHand.delete(p);
          if (!step.byHand) source[p].amount = step.amount;
          output = organizeCosts(source, { values }, output.state.Costs);
        }
        const tab = costsOf(output);
        const shown = tab.rows.map((row) => [row[tab.headers.indexOf('Notes')], row[tab.headers.indexOf('Amount')]]);
        const expected = source.map((p, i) => [`payment ${i}`, byHand.get(i) ?? p.amount]);
        expect(shown).toEqual(expected);
        expect(output.issues.filter((issue) => issue.tab === 'Costs')).toEqual([]);
      }),
    );
  });
});
