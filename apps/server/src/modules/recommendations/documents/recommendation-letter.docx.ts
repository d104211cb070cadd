import {
  AlignmentType,
  convertMillimetersToTwip,
  Document,
  Footer,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { RecommendationLetterInput } from './recommendation-document.types';
import {
  composeRecommendationLetter,
  type RecommendationLetterContent,
} from './recommendation-letter-content';

export type { LetterApplication, RecommendationLetterInput } from './recommendation-document.types';

/**
 * Page and type as GB/T 9704-2012 sets them for official documents: A4, margins 37/35/28/26 mm, body in 三号
 * (16 pt), title in 二号 (22 pt). The font is named 宋体 (SimSun); Word substitutes its nearest face where the
 * font is not installed, which is why the PDF, not this file, is the one that looks the same everywhere.
 */
const page = {
  // A4 as Word writes it; convertMillimetersToTwip rounds down to 11905 × 16837
  width: 11906,
  height: 16838,
  margin: {
    top: convertMillimetersToTwip(37),
    bottom: convertMillimetersToTwip(35),
    left: convertMillimetersToTwip(28),
    right: convertMillimetersToTwip(26),
  },
};
const contentWidth = page.width - page.margin.left - page.margin.right;
const songFont = { ascii: 'SimSun', hAnsi: 'SimSun', cs: 'SimSun', eastAsia: '宋体' };
const halfPoints = { title: 44, body: 32, table: 24, footer: 28 };
/** two characters of 三号 type, for first-line and right indents */
const twoCharacters = 640;
/** 序号, 项目名称, 申报单位, 指南方向, 申请财政经费 as shares of the text width */
const columnShares = [0.08, 0.32, 0.25, 0.2, 0.15];

/**
 * Renders the recommendation letter (推荐函) as a Word document the recommender can edit before printing it,
 * stamping it and uploading the scan. Same words as `renderRecommendationLetterPdf`; throws on the same input
 * errors (no applications, an amount that is not a number).
 */
export async function renderRecommendationLetterDocx(input: RecommendationLetterInput): Promise<Buffer> {
  const letter = composeRecommendationLetter(input);
  const document = new Document({
    creator: 'Yanzhen 雁阵',
    title: `${letter.title}：${letter.subject}`,
    subject: letter.subject,
    styles: {
      default: {
        document: {
          run: { font: songFont, size: halfPoints.body },
          paragraph: { spacing: { line: 360 } },
        },
      },
    },
    sections: [
      {
        properties: { page: { size: { width: page.width, height: page.height }, margin: page.margin } },
        footers: { default: pageNumberFooter() },
        children: [...letterBody(letter), letterTable(letter), ...letterEnd(letter)],
      },
    ],
  });
  return Packer.toBuffer(document);
}

function letterBody(letter: RecommendationLetterContent): Paragraph[] {
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 360 },
      children: [new TextRun({ text: letter.title, bold: true, size: halfPoints.title })],
    }),
    new Paragraph({ children: [new TextRun(letter.addressee)] }),
    bodyParagraph(letter.opening, { after: 120 }),
  ];
}

function letterEnd(letter: RecommendationLetterContent): Paragraph[] {
  const { signature } = letter;
  return [
    ...letter.closing.map((text, index) => bodyParagraph(text, index === 0 ? { before: 240 } : {})),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      indent: { right: twoCharacters },
      // room for the seal, which covers the sender's name and the date
      spacing: { before: 1080 },
      children: [new TextRun(signature.recommender), new TextRun(signature.seal)],
    }),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      indent: { right: twoCharacters * 2 },
      children: [new TextRun(signature.date)],
    }),
    bodyParagraph(letter.contact, { before: 480 }),
  ];
}

function bodyParagraph(text: string, spacing: { before?: number; after?: number }): Paragraph {
  return new Paragraph({
    indent: { firstLine: twoCharacters, firstLineChars: 200 },
    spacing,
    children: [new TextRun(text)],
  });
}

function letterTable(letter: RecommendationLetterContent): Table {
  const widths = columnShares.map((share) => Math.floor(contentWidth * share));
  const { header, rows, total } = letter.table;
  return new Table({
    width: { size: contentWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: header.map((text) => tableCell(text, { bold: true, shaded: true, centred: true })),
      }),
      ...rows.map(
        (cells) =>
          new TableRow({
            cantSplit: true,
            children: cells.map((text, index) =>
              tableCell(text, { centred: index === 0, right: index === cells.length - 1 }),
            ),
          }),
      ),
      new TableRow({
        cantSplit: true,
        children: total.map((text, index) =>
          tableCell(text, { bold: true, centred: index < 2, right: index === total.length - 1 }),
        ),
      }),
    ],
  });
}

interface CellLook {
  bold?: boolean;
  shaded?: boolean;
  centred?: boolean;
  right?: boolean;
}

function tableCell(text: string, look: CellLook): TableCell {
  const alignment = look.centred
    ? AlignmentType.CENTER
    : look.right
      ? AlignmentType.RIGHT
      : AlignmentType.LEFT;
  return new TableCell({
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { left: 80, right: 80, top: 40, bottom: 40 },
    ...(look.shaded ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'EEEEEE' } } : {}),
    children: [
      new Paragraph({
        alignment,
        spacing: { line: 276 },
        children: [new TextRun({ text, bold: look.bold ?? false, size: halfPoints.table })],
      }),
    ],
  });
}

/** "— 1 —" centred at the foot of each page, as official documents number their pages. */
function pageNumberFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], size: halfPoints.footer })],
      }),
    ],
  });
}
