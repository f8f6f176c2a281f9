/** SpreadsheetApp's RangeList: one call that sets the same value or format in many ranges of a sheet. */
import { SERVICE } from './boundary';
import type { Implements } from './gasTypes';
import type { FakeRange } from './range';

type RangeListMethods = 'getRanges' | 'setValue' | 'setNumberFormat';

export class FakeRangeList implements Implements<GoogleAppsScript.Spreadsheet.RangeList, RangeListMethods> {
  readonly [SERVICE] = 'RangeList';

  constructor(private readonly ranges: readonly FakeRange[]) {}

  getRanges(): FakeRange[] {
    return this.ranges.slice();
  }

  setValue(value: unknown): FakeRangeList {
    for (const range of this.ranges) range.setValue(value);
    return this;
  }

  setNumberFormat(format: string): FakeRangeList {
    for (const range of this.ranges) range.setNumberFormat(format);
    return this;
  }
}
