/** Editing the XML parts of an .xlsx package that exceljs does not write. */
import type JSZip from 'jszip';

const RELATIONSHIP_TYPES = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Declares a part's content type in [Content_Types].xml. */
export async function addContentType(zip: JSZip, partName: string, contentType: string): Promise<void> {
  await editPart(zip, '[Content_Types].xml', (xml) =>
    xml.replace('</Types>', `<Override PartName="/${partName}" ContentType="${contentType}"/></Types>`),
  );
}

/** Adds a relationship (`type` one of the officeDocument relationships, e.g. `customXml`) to a .rels part. */
export async function addRelationship(
  zip: JSZip,
  relsPart: string,
  relationship: { id: string; type: string; target: string },
): Promise<void> {
  const { id, type, target } = relationship;
  await editPart(zip, relsPart, (xml) =>
    xml.replace(
      '</Relationships>',
      `<Relationship Id="${id}" Type="${RELATIONSHIP_TYPES}/${type}" Target="${target}"/></Relationships>`,
    ),
  );
}

async function editPart(zip: JSZip, name: string, edit: (xml: string) => string): Promise<void> {
  const xml = await zip.file(name)?.async('string');
  if (xml === undefined) throw new Error(`The written workbook has no ${name}`);
  zip.file(name, edit(xml));
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function unescapeXml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
