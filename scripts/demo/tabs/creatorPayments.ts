/** What the seller paid creators outside orders: retainers, flat fees, Spark Ads spend, bonuses. */
import type { CellValue, SheetModel } from '../../runtime/workbook';
import { CURRENCY_OF } from '../catalog';
import type { Creator } from '../creators';
import { isSelling } from '../creators';
import { handleCell } from '../messyText';
import type { Period } from '../period';
import { randomDay } from '../period';
import type { Random } from '../random';
import { SourceTab } from '../sourceTab';
import type { WallTime } from '../wallClock';
import { addMonths, instantOf, monthName } from '../wallClock';

export const CREATOR_PAYMENTS_TAB = 'Creator payments';

const HEADERS = ['Date', 'Creator', 'Type', 'Amount', 'Currency', 'Notes'] as const;

interface Payment {
  day: WallTime;
  creator: Creator;
  type: 'Retainer' | 'Flat fee' | 'Spark Ads' | 'Bonus';
  cents: number;
  notes: string;
}

export function buildCreatorPaymentsTab(
  rng: Random,
  creators: readonly Creator[],
  period: Period,
): { sheet: SheetModel; rowCount: number } {
  const payments = creators.flatMap((creator) => paymentsTo(rng, creator, period)).sort((a, b) => a.day - b.day);
  const tab = new SourceTab(CREATOR_PAYMENTS_TAB, HEADERS);
  for (const payment of payments) {
    const { region } = payment.creator;
    const amount: CellValue = rng.chance(0.7)
      ? payment.cents / 100
      : `${region === 'US' ? '$' : '£'}${(payment.cents / 100).toFixed(2)}`;
    tab.add({
      Date: instantOf(payment.day, period.timeZone),
      Creator: handleCell(rng, payment.creator.handle),
      Type: payment.type,
      Amount: amount,
      Currency: CURRENCY_OF[region],
      Notes: payment.notes,
    });
  }
  return { sheet: tab.toSheet(), rowCount: payments.length };
}

function paymentsTo(rng: Random, creator: Creator, period: Period): Payment[] {
  const payments: Payment[] = [];
  const scale = creator.region === 'US' ? 100 : 80;
  if (creator.dealType === 'retainer' && isSelling(creator)) {
    const monthly = rng.pick([300, 500, 750, 1000, 1500]) * scale;
    for (let month = period.start; month < period.end; month = addMonths(month, 1)) {
      payments.push({ day: month, creator, type: 'Retainer', cents: monthly, notes: `${monthName(month)} retainer` });
    }
  }
  if (creator.dealType === 'one-off' && (isSelling(creator) || creator.status === 'replied')) {
    payments.push({
      day: randomDay(rng, period),
      creator,
      type: 'Flat fee',
      cents: rng.pick([100, 150, 250, 400]) * scale,
      notes: 'Flat fee, 1 video',
    });
  }
  if (isSelling(creator) && rng.chance(0.1)) {
    for (let boosts = rng.int(1, 3); boosts > 0; boosts--) {
      payments.push({
        day: randomDay(rng, period, 1),
        creator,
        type: 'Spark Ads',
        cents: rng.int(50, 500) * scale,
        notes: 'Spark Ads boost on top video',
      });
    }
  }
  if (isSelling(creator) && rng.chance(0.03)) {
    payments.push({
      day: randomDay(rng, period, 1),
      creator,
      type: 'Bonus',
      cents: rng.pick([100, 250]) * scale,
      notes: 'Hit 100 orders this month',
    });
  }
  return payments;
}
