import { DEFAULT_SETTINGS_ROWS, OUTREACH_SETTINGS_ROWS, readSettings } from '../../../src/core/settings';

describe('the Outreach rows of Settings', () => {
  it('ship with the defaults of the guard and the recent-contact window', () => {
    expect(OUTREACH_SETTINGS_ROWS.map(([name, value]) => [name, value])).toEqual([
      ['Outreach: minimum detectable lift', 0.05],
      ['Outreach: power', 0.8],
      ['Outreach: significance', 0.05],
      ['Outreach: recently contacted days', 30],
    ]);
    expect(DEFAULT_SETTINGS_ROWS).toEqual(expect.arrayContaining(OUTREACH_SETTINGS_ROWS));
    expect(readSettings(undefined).outreach).toEqual({
      minimumDetectableLift: 0.05,
      power: 0.8,
      significance: 0.05,
      recentlyContactedDays: 30,
    });
  });

  it('read what the operator wrote', () => {
    const settings = readSettings([
      ['Setting', 'Value'],
      ['Outreach: minimum detectable lift', '3%'],
      ['outreach: power', 0.9],
      ['Outreach: significance', '1%'],
      ['Outreach: recently contacted days', 0],
    ]);
    expect(settings.outreach).toEqual({
      minimumDetectableLift: 0.03,
      power: 0.9,
      significance: 0.01,
      recentlyContactedDays: 0,
    });
  });

  it('refuse values that make no test, saying what to write', () => {
    expect(() => readSettings([['Outreach: power', '100%']])).toThrow(
      'Settings: "Outreach: power" is 100%: write a percentage above 0% and below 100%, like 5%.',
    );
    expect(() => readSettings([['Outreach: recently contacted days', -3]])).toThrow(
      /"Outreach: recently contacted days" is -3: write a number of days from 0 to 365/,
    );
    expect(() => readSettings([['Outreach: significance', 'often']])).toThrow(/is not a percentage/);
  });
});
