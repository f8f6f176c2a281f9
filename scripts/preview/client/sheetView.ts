/**
 * The sheet view: draws the server's SheetView (scripts/preview/sheetView.ts) with textContent
 * only, so no text from the sheet is ever read as HTML. Clicking a tab or a cell selects it in the
 * runtime, as a click in Sheets does; after every google.script.run call of the sidebar (told by
 * its frame) the view is fetched again, and follows the tab and range the add-on selected.
 */
import { columnLetters } from '../../runtime/a1';
import type { SheetView } from '../sheetView';
import type { SidebarMessage } from '../scriptRunProtocol';
import { SIDEBAR_MESSAGE } from '../scriptRunProtocol';
import { barChart } from './barChart';

const byId = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const grid = byId<HTMLDivElement>('grid');
const tabs = byId<HTMLDivElement>('tabs');
const nameBox = byId<HTMLOutputElement>('name-box');
const status = byId<HTMLParagraphElement>('status');
const frame = byId<HTMLIFrameElement>('sidebar');
const closed = byId<HTMLDivElement>('sidebar-closed');

let shown: SheetView | undefined;
let latestRequest = 0;

async function load(request: Promise<Response>): Promise<void> {
  const ticket = ++latestRequest;
  const response = await request;
  if (!response.ok) {
    status.textContent = await response.text();
    return;
  }
  const view = (await response.json()) as SheetView;
  if (ticket === latestRequest) render(view);
}

const refresh = (): Promise<void> => load(fetch('/api/view'));
const select = (tab: string, range?: string): Promise<void> =>
  load(
    fetch('/api/select', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ tab, range }),
    }),
  );

function render(view: SheetView): void {
  const moved = !shown || shown.tab !== view.tab || shown.selection.a1 !== view.selection.a1;
  shown = view;
  byId('title').textContent = view.spreadsheetName;
  document.title = `${view.spreadsheetName} — Creator Ops preview`;
  nameBox.textContent = `${view.tab}!${view.selection.a1}`;
  renderTabs(view);
  renderGrid(view);
  if (moved) grid.querySelector('td.selected')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

function renderTabs(view: SheetView): void {
  tabs.replaceChildren(
    ...view.tabs.map((name, index) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.role = 'tab';
      button.id = `tab-${index}`;
      button.textContent = name;
      const selected = name === view.tab;
      button.setAttribute('aria-selected', String(selected));
      button.tabIndex = selected ? 0 : -1;
      if (selected) grid.setAttribute('aria-labelledby', button.id);
      button.addEventListener('click', () => void select(name));
      return button;
    }),
  );
}

function renderGrid(view: SheetView): void {
  const table = document.createElement('table');
  const head = table.createTHead().insertRow();
  head.append(headerCell('', 'col'));
  for (let c = 1; c <= view.columns; c++) head.append(headerCell(columnLetters(c), 'col'));
  const body = table.createTBody();
  const { selection } = view;
  view.rows.forEach((cells, r) => {
    const row = body.insertRow();
    const rowNumber = r + 1;
    if (rowNumber <= view.frozenRows) {
      row.className = rowNumber === view.frozenRows ? 'frozen frozen-edge' : 'frozen';
      row.style.setProperty('--frozen-top', `${22 * rowNumber}px`);
    }
    row.append(headerCell(String(rowNumber), 'row'));
    cells.forEach((cell, c) => {
      const td = row.insertCell();
      td.textContent = cell.text;
      td.title = cell.text;
      if (cell.align) td.classList.add(cell.align);
      const column = c + 1;
      const inSelection =
        rowNumber >= selection.row &&
        rowNumber <= selection.endRow &&
        column >= selection.column &&
        column <= selection.endColumn;
      if (inSelection) td.classList.add('selected');
      td.addEventListener('click', () => void select(view.tab, `${columnLetters(column)}${rowNumber}`));
    });
  });
  grid.replaceChildren(table);
  if (view.totalRows > view.rows.length) {
    const more = document.createElement('p');
    more.id = 'more-rows';
    more.textContent = `Showing the first ${view.rows.length} of ${view.totalRows} rows.`;
    grid.append(more);
  }
  for (const chart of view.charts) {
    const figure = barChart(chart);
    const anchor = table.rows[chart.anchor.row]?.cells[chart.anchor.column];
    if (anchor) {
      figure.style.top = `${anchor.offsetTop}px`;
      figure.style.left = `${anchor.offsetLeft}px`;
    } else figure.classList.add('after');
    grid.append(figure);
  }
}

function headerCell(text: string, scope: 'col' | 'row'): HTMLTableCellElement {
  const th = document.createElement('th');
  th.scope = scope;
  th.textContent = text;
  return th;
}

window.addEventListener('message', (event: MessageEvent<SidebarMessage>) => {
  if (event.source !== frame.contentWindow || event.data?.source !== SIDEBAR_MESSAGE) return;
  if (event.data.type === 'close') {
    frame.hidden = true;
    closed.hidden = false;
  } else {
    status.textContent = `Ran ${event.data.name}`;
    void refresh();
  }
});

byId('reopen').addEventListener('click', () => {
  closed.hidden = true;
  frame.hidden = false;
  frame.src = '/sidebar';
});

void refresh();
