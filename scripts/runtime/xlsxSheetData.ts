/**
 * Developer metadata and protections in an .xlsx, which has no place for either: they go as JSON in
 * a custom XML part (customXml/itemN.xml, the package's slot for a solution's own data, which Excel
 * keeps and does not show and LibreOffice ignores), with sheets named, rows and columns as numbers.
 * Reading restores exactly what was written. An edit made in Excel itself does not move them.
 */
import type JSZip from 'jszip';
import { z } from 'zod';
import type { WorkbookModel } from './workbook';
import { addContentType, addRelationship, escapeXml, unescapeXml } from './xlsxParts';

const NAMESPACE = 'urn:creator-ops:local-runtime:sheet-data:1';
const ROOT = 'creatorOpsSheetData';

const metadataSchema = z.strictObject({
  id: z.number().int().positive(),
  key: z.string(),
  value: z.string().nullable(),
  visibility: z.enum(['DOCUMENT', 'PROJECT']),
});
const position = z.number().int().positive();
const sheetMetadataSchema = metadataSchema.extend({ row: position.optional(), column: position.optional() });
const protectionSchema = z.strictObject({
  range: z.strictObject({ row: position, column: position, numRows: position, numColumns: position }).optional(),
  description: z.string(),
  warningOnly: z.boolean(),
});
const sheetDataSchema = z.strictObject({
  lastDeveloperMetadataId: z.number().int().nonnegative(),
  developerMetadata: z.array(metadataSchema),
  sheets: z.array(
    z.strictObject({
      name: z.string(),
      developerMetadata: z.array(sheetMetadataSchema),
      protections: z.array(protectionSchema),
    }),
  ),
});
type SheetData = z.infer<typeof sheetDataSchema>;

/** Adds the part when the workbook has metadata or protections. */
export async function writeSheetData(zip: JSZip, model: WorkbookModel): Promise<void> {
  const data: SheetData = {
    lastDeveloperMetadataId: model.lastDeveloperMetadataId ?? 0,
    developerMetadata: model.developerMetadata ?? [],
    sheets: model.sheets
      .filter((sheet) => sheet.developerMetadata?.length || sheet.protections?.length)
      .map((sheet) => ({
        name: sheet.name,
        developerMetadata: sheet.developerMetadata ?? [],
        protections: sheet.protections ?? [],
      })),
  };
  if (data.lastDeveloperMetadataId === 0 && data.developerMetadata.length === 0 && data.sheets.length === 0) return;
  const item = nextItemNumber(zip);
  zip.file(
    `customXml/item${item}.xml`,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${ROOT} xmlns="${NAMESPACE}">${escapeXml(JSON.stringify(data))}</${ROOT}>`,
  );
  zip.file(
    `customXml/itemProps${item}.xml`,
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n' +
      `<ds:datastoreItem ds:itemID="{6C1F4E2A-3B7D-4F0E-9A51-C0DE0000${String(item).padStart(4, '0')}}" ` +
      'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">' +
      `<ds:schemaRefs><ds:schemaRef ds:uri="${NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`,
  );
  zip.file(
    `customXml/_rels/item${item}.xml.rels`,
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>',
  );
  await addRelationship(zip, `customXml/_rels/item${item}.xml.rels`, {
    id: 'rId1',
    type: 'customXmlProps',
    target: `itemProps${item}.xml`,
  });
  await addContentType(
    zip,
    `customXml/itemProps${item}.xml`,
    'application/vnd.openxmlformats-officedocument.customXmlProperties+xml',
  );
  await addRelationship(zip, 'xl/_rels/workbook.xml.rels', {
    id: 'rIdCreatorOpsSheetData',
    type: 'customXml',
    target: `../customXml/item${item}.xml`,
  });
}

/** Puts the part's metadata and protections back on the workbook and on the sheets still named as written. */
export async function readSheetData(zip: JSZip, model: WorkbookModel): Promise<void> {
  const data = await storedSheetData(zip);
  if (!data) return;
  if (data.lastDeveloperMetadataId > 0) model.lastDeveloperMetadataId = data.lastDeveloperMetadataId;
  if (data.developerMetadata.length > 0) model.developerMetadata = data.developerMetadata;
  for (const stored of data.sheets) {
    const sheet = model.sheets.find((candidate) => candidate.name === stored.name);
    if (!sheet) continue;
    if (stored.developerMetadata.length > 0) sheet.developerMetadata = stored.developerMetadata;
    if (stored.protections.length > 0) sheet.protections = stored.protections;
  }
}

async function storedSheetData(zip: JSZip): Promise<SheetData | undefined> {
  const root = new RegExp(`<${ROOT} xmlns="${NAMESPACE}">([^<]*)</${ROOT}>`);
  for (const part of zip.file(/^customXml\/item\d+\.xml$/)) {
    const match = root.exec(await part.async('string'));
    if (!match) continue;
    const parsed = sheetDataSchema.safeParse(JSON.parse(unescapeXml(match[1])));
    if (!parsed.success)
      throw new Error(`The developer metadata and protections in ${part.name} are unreadable: ${parsed.error.message}`);
    return parsed.data;
  }
  return undefined;
}

function nextItemNumber(zip: JSZip): number {
  const numbers = zip.file(/^customXml\/item\d+\.xml$/).map((part) => Number(/\d+/.exec(part.name)![0]));
  return 1 + Math.max(0, ...numbers);
}
