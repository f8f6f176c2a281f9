/**
 * Whose problem an error is. An OperatorError is something the person at the sheet can fix, and
 * says where and what to do; a BusyError means another run holds the spreadsheet. Anything else is
 * a bug in Creator Ops and is shown as one, never as the operator's mistake.
 */
export interface CellPlace {
  tab?: string;
  row?: number;
  column?: string;
}

export class OperatorError extends Error {
  override readonly name = 'OperatorError';
  constructor(
    message: string,
    readonly place: CellPlace = {},
  ) {
    super(message);
  }
}

export class BusyError extends Error {
  override readonly name = 'BusyError';
}

const BUG_TEXT_LIMIT = 200;

/** The words the operator sees for an error thrown anywhere in the add-on. */
export function errorMessage(error: unknown): string {
  if (error instanceof OperatorError || error instanceof BusyError) return error.message;
  const text = error instanceof Error ? error.message : String(error);
  const short = text.length > BUG_TEXT_LIMIT ? `${text.slice(0, BUG_TEXT_LIMIT)}…` : text;
  return `Creator Ops hit a problem of its own (${short}). Nothing in your sheet was lost; try again, and if it happens again tell us what you did.`;
}
