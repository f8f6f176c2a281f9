/** The Profit panel's periods as calendar days around today. */
import { presetPeriod } from '../../../src/core/profit/presets';

describe('profit periods', () => {
  it.each([
    ['this month', '2026-03-20', { start: '2026-03-01', end: '2026-03-20' }],
    ['this month', '2026-03-01', { start: '2026-03-01', end: '2026-03-01' }],
    ['last month', '2026-03-20', { start: '2026-02-01', end: '2026-02-28' }],
    ['last month', '2024-03-05', { start: '2024-02-01', end: '2024-02-29' }],
    ['last month', '2026-01-15', { start: '2025-12-01', end: '2025-12-31' }],
    ['last 30 days', '2026-03-20', { start: '2026-02-19', end: '2026-03-20' }],
  ] as const)('%s on %s', (preset, today, period) => {
    expect(presetPeriod(preset, today)).toEqual(period);
  });

  it('takes a custom period of real days in order', () => {
    expect(presetPeriod('custom', '2026-03-20', { start: '2026-01-05', end: '2026-01-05' })).toEqual({
      start: '2026-01-05',
      end: '2026-01-05',
    });
    expect(() => presetPeriod('custom', '2026-03-20', { start: '2026-03-11', end: '2026-03-01' })).toThrow(
      'The period ends (2026-03-01) before it starts (2026-03-11): swap the days.',
    );
    expect(() => presetPeriod('custom', '2026-03-20', { start: '2026-02-31', end: '2026-03-01' })).toThrow(
      'Choose the first day of the period (a date like 2026-03-01).',
    );
    expect(() => presetPeriod('custom', '2026-03-20', { start: '2026-02-01' })).toThrow('Choose the last day');
  });
});
