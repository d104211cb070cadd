import type { Content, CustomTableLayout, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { renderPdfWithEmbeddedFont } from '../../applications/documents/pdf-fonts';
import type { RecommendationLetterInput } from './recommendation-document.types';
import {
  composeRecommendationLetter,
  type RecommendationLetterContent,
} from './recommendation-letter-content';

export type { LetterApplication, RecommendationLetterInput } from './recommendation-document.types';

const millimetre = 72 / 25.4;
/** GB/T 9704-2012 margins (top, bottom, left, right 37/35/28/26 mm), in pdfmake's order [left, top, right, bottom] */
const pageMargins: [number, number, number, number] = [
  28 * millimetre,
  37 * millimetre,
  26 * millimetre,
  35 * millimetre,
];
const bodySize = 16;
const twoCharacters = bodySize * 2;

const gridLayout: CustomTableLayout = {
  hLineWidth: () => 0.6,
  vLineWidth: () => 0.6,
  hLineColor: () => '#000000',
  vLineColor: () => '#000000',
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

/**
 * Renders the recommendation letter (推荐函) as an A4 PDF with the Noto Sans Hans font embedded (subset, with a
 * ToUnicode map), so it prints the same on any machine and its Chinese text can be searched and copied. Same
 * words as `renderRecommendationLetterDocx`; throws on the same input errors.
 */
export async function renderRecommendationLetterPdf(input: RecommendationLetterInput): Promise<Buffer> {
  const letter = composeRecommendationLetter(input);
  return renderPdf({
    info: {
      title: `${letter.title}：${letter.subject}`,
      author: letter.signature.recommender,
      subject: letter.subject,
      creator: 'Yanzhen 雁阵',
    },
    language: 'zh-CN',
    footer: (currentPage) => ({
      text: `— ${currentPage} —`,
      alignment: 'center',
      fontSize: 14,
      margin: [0, 40, 0, 0],
    }),
    content: [...letterBody(letter), letterTable(letter), ...letterEnd(letter)],
  });
}

function letterBody(letter: RecommendationLetterContent): Content[] {
  return [
    { text: letter.title, fontSize: 22, bold: true, alignment: 'center', margin: [0, 0, 0, 18] },
    { text: letter.addressee },
    { text: letter.opening, leadingIndent: twoCharacters, margin: [0, 0, 0, 8] },
  ];
}

function letterEnd(letter: RecommendationLetterContent): Content[] {
  const { signature } = letter;
  return [
    ...letter.closing.map(
      (text, index): Content => ({
        text,
        leadingIndent: twoCharacters,
        margin: [0, index === 0 ? 12 : 0, 0, 0],
      }),
    ),
    {
      // room for the seal, which covers the sender's name and the date; the block stays on one page
      unbreakable: true,
      stack: [
        {
          text: `${signature.recommender}${signature.seal}`,
          alignment: 'right',
          margin: [0, 54, twoCharacters, 0],
        },
        { text: signature.date, alignment: 'right', margin: [0, 0, twoCharacters * 2, 0] },
      ],
    },
    { text: letter.contact, leadingIndent: twoCharacters, margin: [0, 24, 0, 0] },
  ];
}

function letterTable(letter: RecommendationLetterContent): Content {
  const { header, rows, total } = letter.table;
  const last = header.length - 1;
  const cell = (text: string, index: number, bold = false): TableCell => ({
    text,
    bold,
    alignment: index === 0 ? 'center' : index === last ? 'right' : 'left',
  });
  return {
    fontSize: 12,
    lineHeight: 1.25,
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [28, '*', 92, 80, 62],
      body: [
        header.map((text): TableCell => ({ text, bold: true, alignment: 'center', fillColor: '#eeeeee' })),
        ...rows.map((cells) => cells.map((text, index) => cell(text, index))),
        total.map((text, index) => cell(text, index, true)),
      ],
    },
    layout: gridLayout,
  };
}

/** Renders with the fonts from `pdf-fonts` (shared with the application documents), on GB/T 9704 margins. */
function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  return renderPdfWithEmbeddedFont((font) => ({
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins,
    defaultStyle: { font, fontSize: bodySize, lineHeight: 1.5 },
    ...definition,
  }));
}
