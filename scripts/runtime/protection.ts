/**
 * SpreadsheetApp's Protection over SheetModel.protections. The runtime's user owns the spreadsheet,
 * and Sheets always lets the owner edit protected sheets and ranges, so a protection stops none of
 * the script's writes; it is recorded so tests can see what the add-on protected and how.
 */
import { SERVICE } from './boundary';
import type { Implements } from './gasTypes';
import type { FakeRange } from './range';
import type { FakeSheet } from './sheet';
import type { ProtectionModel } from './workbook';
import { signatureMismatch } from './developerMetadata';

type ProtectionType = GoogleAppsScript.Spreadsheet.ProtectionType;

type ProtectionMethods =
  | 'getProtectionType'
  | 'getRange'
  | 'getDescription'
  | 'setDescription'
  | 'isWarningOnly'
  | 'setWarningOnly'
  | 'canEdit'
  | 'remove';

export class FakeProtection implements Implements<GoogleAppsScript.Spreadsheet.Protection, ProtectionMethods> {
  readonly [SERVICE] = 'Protection';

  constructor(
    readonly sheet: FakeSheet,
    readonly model: ProtectionModel,
  ) {}

  getProtectionType(): ProtectionType {
    return (this.model.range ? 'RANGE' : 'SHEET') as unknown as ProtectionType;
  }

  /** The protected range, or for a sheet protection the whole sheet. */
  getRange(): FakeRange {
    const range = this.model.range;
    return range
      ? this.sheet.getRange(range.row, range.column, range.numRows, range.numColumns)
      : this.sheet.getRange(1, 1, this.sheet.getMaxRows(), this.sheet.getMaxColumns());
  }

  getDescription(): string {
    return this.model.description;
  }

  setDescription(description: string): FakeProtection {
    if (typeof description !== 'string') throw signatureMismatch([description], 'Protection.setDescription');
    this.model.description = description;
    return this;
  }

  isWarningOnly(): boolean {
    return this.model.warningOnly;
  }

  setWarningOnly(warningOnly: boolean): FakeProtection {
    if (typeof warningOnly !== 'boolean') throw signatureMismatch([warningOnly], 'Protection.setWarningOnly');
    this.model.warningOnly = warningOnly;
    return this;
  }

  /** The owner can always edit. */
  canEdit(): boolean {
    return true;
  }

  remove(): void {
    const sheet = this.sheet.model;
    sheet.protections = (sheet.protections ?? []).filter((protection) => protection !== this.model);
  }
}

/** Sheet.protect(): the sheet's protection, made when it has none yet. */
export function protectSheet(sheet: FakeSheet): FakeProtection {
  const protections = (sheet.model.protections ??= []);
  let model = protections.find((protection) => !protection.range);
  if (!model) {
    model = { description: '', warningOnly: false };
    protections.push(model);
  }
  return new FakeProtection(sheet, model);
}

/** Range.protect(): a new protection of the range each time. */
export function protectRange(range: FakeRange): FakeProtection {
  const { row, column, numRows, numColumns } = range;
  const model: ProtectionModel = { range: { row, column, numRows, numColumns }, description: '', warningOnly: false };
  (range.sheet.model.protections ??= []).push(model);
  return new FakeProtection(range.sheet, model);
}

/** The sheet's protections of a type (`SHEET`: the one on the sheet itself, if any). */
export function protectionsOf(sheet: FakeSheet, type: ProtectionType, method: string): FakeProtection[] {
  const name = String(type);
  if (name !== 'SHEET' && name !== 'RANGE') throw signatureMismatch(type === undefined ? [] : [type], method);
  return (sheet.model.protections ?? [])
    .filter((protection) => (name === 'RANGE') === (protection.range !== undefined))
    .map((protection) => new FakeProtection(sheet, protection));
}
