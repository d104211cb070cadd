import type {
  Content,
  CustomTableLayout,
  DynamicContent,
  Node,
  StyleDictionary,
  TableCell,
  TDocumentDefinitions,
  Watermark,
} from 'pdfmake/interfaces';
import { renderPdfWithEmbeddedFont } from './pdf-fonts';

/**
 * The page furniture shared by every Yanzhen PDF: A4, the embedded CJK font, styles, a plain grid for tables
 * (reviewers print in black and white), running header and footer, and the draft watermark.
 */

const headingLevel = 1;
/** A4 width (595.28 pt) less the left and right margins */
const contentWidth = 495;

export const pdfStyles: StyleDictionary = {
  coverTitle: { fontSize: 24, bold: true, alignment: 'center' },
  coverSubtitle: { fontSize: 12, alignment: 'center', color: '#444444' },
  sectionTitle: { fontSize: 13.5, bold: true, margin: [0, 14, 0, 6] },
  subsectionTitle: { fontSize: 11, bold: true, margin: [0, 8, 0, 4] },
  tableHeader: { bold: true, fillColor: '#eeeeee' },
  fieldLabel: { bold: true, fillColor: '#f6f6f6' },
  note: { fontSize: 8.5, color: '#444444' },
  hash: { fontSize: 8 },
  pageChrome: { fontSize: 8, color: '#555555' },
};

const gridLayout: CustomTableLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => '#888888',
  vLineColor: () => '#888888',
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

/** Renders a document definition to PDF bytes with the house page furniture and the embedded font. */
export function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  return renderPdfWithEmbeddedFont((font) => ({
    pageSize: 'A4',
    pageMargins: [50, 62, 50, 56],
    styles: pdfStyles,
    defaultStyle: { font, fontSize: 10.5, lineHeight: 1.3 },
    pageBreakBefore: isStrandedAtPageFoot,
    ...definition,
  }));
}

/** A numbered section's heading; it never stays alone at the foot of a page. */
export function sectionHeading(text: string): Content {
  return { text, style: 'sectionTitle', headlineLevel: headingLevel };
}

/** A heading inside a section, e.g. the team table's; it never stays alone at the foot of a page either. */
export function subsectionHeading(text: string): Content {
  return { text, style: 'subsectionTitle', headlineLevel: headingLevel };
}

/** Space a heading needs below it to stay on its page: itself and the first lines of what it introduces. */
const headingKeepSpace = 90;
/** Space a table needs to start on a page: its header row and its first row. */
const tableKeepSpace = 48;

/**
 * Moves a heading, or a table, to the next page when it would start in the last few lines of a page. Decided
 * from the node's own position: pdfmake's "following nodes on page" and `keepWithHeaderRows` both miss cases
 * once a table's unbreakable header has been moved.
 */
function isStrandedAtPageFoot(node: Node): boolean {
  const { pageInnerHeight, verticalRatio } = node.startPosition;
  const spaceLeft = pageInnerHeight * (1 - verticalRatio);
  if (node.headlineLevel === headingLevel) return spaceLeft < headingKeepSpace;
  if (node.table) return spaceLeft < tableKeepSpace;
  return false;
}

/** Two columns, label and value, for the fields of one thing. */
export function fieldTable(rows: Array<[label: string, value: Content]>, labelWidth = 120): Content {
  return {
    table: {
      widths: [labelWidth, '*'],
      body: rows.map(([label, value]): TableCell[] => [{ text: label, style: 'fieldLabel' }, value]),
    },
    layout: gridLayout,
  };
}

/** A table with a header row that repeats on every page it spans and never stands alone at a page's foot. */
export function dataTable(
  header: string[],
  rows: TableCell[][],
  widths: Array<number | '*' | 'auto'>,
  fontSize = 9.5,
): Content {
  return {
    fontSize,
    table: {
      headerRows: 1,
      keepWithHeaderRows: 1,
      widths,
      body: [header.map((text): TableCell => ({ text, style: 'tableHeader' })), ...rows],
    },
    layout: gridLayout,
  };
}

/** The running header: the call title above a rule, on every page but the cover. */
export function runningHeader(text: string, skipFirstPage: boolean): DynamicContent {
  return (currentPage) =>
    skipFirstPage && currentPage === 1
      ? null
      : {
          margin: [50, 28, 50, 0],
          stack: [
            { text, style: 'pageChrome', alignment: 'center' },
            {
              canvas: [
                { type: 'line', x1: 0, y1: 3, x2: contentWidth, y2: 3, lineWidth: 0.5, lineColor: '#888888' },
              ],
            },
          ],
        };
}

/** The footer on every page: the page number out of the total, and which application this is. */
export function runningFooter(
  pageOf: (page: number, pages: number) => string,
  reference: string,
): DynamicContent {
  return (currentPage, pageCount) => ({
    margin: [50, 20, 50, 0],
    columns: [
      { text: reference, style: 'pageChrome', width: '*' },
      { text: pageOf(currentPage, pageCount), style: 'pageChrome', alignment: 'right', width: 'auto' },
    ],
  });
}

/** Across every page of a draft, corner to corner, light enough to read through. */
export const draftWatermark: Watermark = { text: '草稿 DRAFT', color: '#9a9a9a', opacity: 0.18, bold: true };
