/**
 * Typing the fakes against @types/google-apps-script. A fake implements the GAS methods it supports
 * with the same parameters and results, except that where GAS takes or returns another GAS object
 * the fake takes or returns the fake standing in for it (a fake is not a complete GAS object).
 */
import type { FakeRange } from './range';
import type { FakeRangeList } from './rangeList';
import type { FakeSheet } from './sheet';
import type { FakeSpreadsheet } from './spreadsheet';
import type { FakeEmbeddedChart, FakeEmbeddedChartBuilder } from './charts';
import type { FakeMenu, FakeUi, FakePromptResponse } from './ui';
import type { FakeProperties } from './properties';
import type { FakeLock } from './lock';
import type { FakeCache } from './cache';
import type {
  FakeAuthorizationInfo,
  FakeClockTriggerBuilder,
  FakeSpreadsheetTriggerBuilder,
  FakeTrigger,
  FakeTriggerBuilder,
} from './scriptApp';
import type { FakeHtmlOutput, FakeHtmlTemplate } from './html';
import type { FakeUser } from './session';
import type {
  FakeDeveloperMetadata,
  FakeDeveloperMetadataFinder,
  FakeDeveloperMetadataLocation,
} from './developerMetadata';
import type { FakeProtection } from './protection';

type IsAny<T> = 0 extends 1 & T ? true : false;

/** The fake that stands in for a GAS type (the type itself for values). */
export type Fake<T> =
  IsAny<T> extends true
    ? T
    : T extends readonly (infer Item)[]
      ? Fake<Item>[]
      : T extends GoogleAppsScript.Spreadsheet.Range
        ? FakeRange
        : T extends GoogleAppsScript.Spreadsheet.RangeList
          ? FakeRangeList
          : T extends GoogleAppsScript.Spreadsheet.Sheet
            ? FakeSheet
            : T extends GoogleAppsScript.Spreadsheet.Spreadsheet
              ? FakeSpreadsheet
              : T extends GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder
                ? FakeEmbeddedChartBuilder
                : T extends GoogleAppsScript.Spreadsheet.EmbeddedChart
                  ? FakeEmbeddedChart
                  : T extends GoogleAppsScript.Base.Menu
                    ? FakeMenu
                    : T extends GoogleAppsScript.Base.Ui
                      ? FakeUi
                      : T extends GoogleAppsScript.Base.PromptResponse
                        ? FakePromptResponse
                        : T extends GoogleAppsScript.Properties.Properties
                          ? FakeProperties
                          : T extends GoogleAppsScript.Lock.Lock
                            ? FakeLock
                            : T extends GoogleAppsScript.Cache.Cache
                              ? FakeCache
                              : T extends GoogleAppsScript.Script.ClockTriggerBuilder
                                ? FakeClockTriggerBuilder
                                : T extends GoogleAppsScript.Script.SpreadsheetTriggerBuilder
                                  ? FakeSpreadsheetTriggerBuilder
                                  : T extends GoogleAppsScript.Script.TriggerBuilder
                                    ? FakeTriggerBuilder
                                    : T extends GoogleAppsScript.Script.Trigger
                                      ? FakeTrigger
                                      : T extends GoogleAppsScript.HTML.HtmlOutput
                                        ? FakeHtmlOutput
                                        : T extends GoogleAppsScript.HTML.HtmlTemplate
                                          ? FakeHtmlTemplate
                                          : T extends GoogleAppsScript.Base.User
                                            ? FakeUser
                                            : T extends GoogleAppsScript.Base.Date
                                              ? Date
                                              : T extends GoogleAppsScript.Spreadsheet.DeveloperMetadata
                                                ? FakeDeveloperMetadata
                                                : T extends GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder
                                                  ? FakeDeveloperMetadataFinder
                                                  : T extends GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation
                                                    ? FakeDeveloperMetadataLocation
                                                    : T extends GoogleAppsScript.Spreadsheet.Protection
                                                      ? FakeProtection
                                                      : T extends GoogleAppsScript.Script.AuthorizationInfo
                                                        ? FakeAuthorizationInfo
                                                        : T;

type FakeArgs<Args extends unknown[]> = { [I in keyof Args]: Fake<Args[I]> };

/** The GAS methods K of T, with fakes in place of GAS objects. */
export type Implements<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: infer Args) => infer Result ? (...args: FakeArgs<Args>) => Fake<Result> : T[P];
};

/**
 * A GAS enum as the script sees it: each member is its own name (`Button.OK === 'OK'`), so the
 * script's `===` comparisons and logging behave; typed as the GAS enum for the fakes' signatures.
 */
export function enumOf<E extends object>(names: readonly (keyof E & string)[]): E {
  return Object.freeze(Object.fromEntries(names.map((name) => [name, name]))) as unknown as E;
}
