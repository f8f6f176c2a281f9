/** Embedded charts: Sheet.newChart() builds them, the sheet's model records them. */
import { SERVICE } from './boundary';
import type { Implements } from './gasTypes';
import type { FakeRange } from './range';
import type { FakeSpreadsheet } from './spreadsheet';
import type { ChartModel, WorkbookModel } from './workbook';
import { quoteSheetName } from './a1';

type BuilderMethods =
  'addRange' | 'removeRange' | 'clearRanges' | 'setChartType' | 'setPosition' | 'setOption' | 'setNumHeaders' | 'build';
type ChartMethods = 'getChartId' | 'getRanges' | 'getOptions' | 'modify';

export class FakeEmbeddedChartBuilder implements Implements<
  GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder,
  BuilderMethods
> {
  readonly [SERVICE] = 'EmbeddedChartBuilder';
  readonly model: ChartModel;

  constructor(
    readonly spreadsheet: FakeSpreadsheet,
    existing?: ChartModel,
  ) {
    this.model = existing
      ? {
          ...existing,
          ranges: [...existing.ranges],
          position: { ...existing.position },
          options: { ...existing.options },
        }
      : {
          chartId: nextChartId(spreadsheet.workbook),
          type: 'LINE',
          ranges: [],
          position: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
          options: {},
        };
  }

  addRange(range: FakeRange): FakeEmbeddedChartBuilder {
    this.model.ranges.push(rangeName(range));
    return this;
  }

  removeRange(range: FakeRange): FakeEmbeddedChartBuilder {
    this.model.ranges = this.model.ranges.filter((name) => name !== rangeName(range));
    return this;
  }

  clearRanges(): FakeEmbeddedChartBuilder {
    this.model.ranges = [];
    return this;
  }

  setChartType(type: GoogleAppsScript.Charts.ChartType): FakeEmbeddedChartBuilder {
    this.model.type = String(type);
    return this;
  }

  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): FakeEmbeddedChartBuilder {
    this.model.position = { row: anchorRowPos, column: anchorColPos, offsetX, offsetY };
    return this;
  }

  setOption(option: string, value: unknown): FakeEmbeddedChartBuilder {
    this.model.options[option] = value;
    return this;
  }

  setNumHeaders(headers: number): FakeEmbeddedChartBuilder {
    return this.setOption('numHeaders', headers);
  }

  build(): FakeEmbeddedChart {
    return new FakeEmbeddedChart(this.spreadsheet, this.model);
  }
}

export class FakeEmbeddedChart implements Implements<GoogleAppsScript.Spreadsheet.EmbeddedChart, ChartMethods> {
  readonly [SERVICE] = 'EmbeddedChart';

  constructor(
    readonly spreadsheet: FakeSpreadsheet,
    readonly model: ChartModel,
  ) {}

  getChartId(): number {
    return this.model.chartId;
  }

  getRanges(): FakeRange[] {
    return this.model.ranges.map((name) => this.spreadsheet.getRange(name));
  }

  getOptions(): FakeChartOptions {
    return new FakeChartOptions(this.model.options);
  }

  modify(): FakeEmbeddedChartBuilder {
    return new FakeEmbeddedChartBuilder(this.spreadsheet, this.model);
  }
}

export class FakeChartOptions implements Implements<GoogleAppsScript.Charts.ChartOptions, 'get'> {
  readonly [SERVICE] = 'ChartOptions';

  constructor(readonly options: Record<string, unknown>) {}

  get(option: string): unknown {
    return this.options[option] ?? null;
  }
}

function rangeName(range: FakeRange): string {
  return `${quoteSheetName(range.sheet.getName())}!${range.getA1Notation()}`;
}

const lastIssuedChartId = new WeakMap<WorkbookModel, number>();

function nextChartId(workbook: WorkbookModel): number {
  const inserted = workbook.sheets.flatMap((sheet) => (sheet.charts ?? []).map((chart) => chart.chartId));
  const id = Math.max(0, lastIssuedChartId.get(workbook) ?? 0, ...inserted) + 1;
  lastIssuedChartId.set(workbook, id);
  return id;
}
