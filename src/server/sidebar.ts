/**
 * The sidebar and the server calls it makes. Every function here can be called from the browser
 * through google.script.run, so every argument is validated.
 */
import * as z from 'zod/mini';
import { detectSources } from '../core/organize';
import type { DetectionSummary, OrganizeSummary } from './organize';
import { describeDetection, organizeSpreadsheet, readWorkbook } from './organize';
import { loadMappings, saveMapping, savedMappingSchema } from './mappings';

export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Creator Ops');
  SpreadsheetApp.getUi().showSidebar(html);
}

/** What Organize would read from each tab, with any saved overrides applied. */
export function previewSources(): DetectionSummary[] {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const saved = loadMappings(PropertiesService.getDocumentProperties());
  const { sources } = readWorkbook(spreadsheet);
  const values = new Map(sources.map((s) => [s.name, s.values]));
  return detectSources(sources, saved).map((d) => describeDetection(d, values.get(d.tab) ?? []));
}

const tabOverride = z.object({ tab: z.string().check(z.minLength(1), z.maxLength(100)), mapping: savedMappingSchema });

/** Saves the operator's correction of what a tab holds and which column is which. */
export function saveSourceMapping(input: unknown): DetectionSummary[] {
  const parsed = tabOverride.safeParse(input);
  if (!parsed.success) throw new Error('That mapping could not be saved: reload the sidebar and try again.');
  const { tab, mapping } = parsed.data;
  if (!SpreadsheetApp.getActiveSpreadsheet().getSheetByName(tab)) throw new Error(`There is no tab named "${tab}".`);
  saveMapping(PropertiesService.getDocumentProperties(), tab, mapping);
  return previewSources();
}

export function runOrganize(): OrganizeSummary {
  return organizeSpreadsheet(SpreadsheetApp.getActiveSpreadsheet(), new Date());
}
