import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The text of a PDF as a viewer extracts it: only possible when the embedded fonts map glyphs back to Unicode. */
export interface ExtractedPdf {
  numPages: number;
  /** each page's text items joined with spaces */
  pages: string[];
}

/** Parses a PDF with pdf.js (no system fonts) and extracts the text of every page. */
export async function extractPdfText(buffer: Buffer): Promise<ExtractedPdf> {
  const document = await getDocument({ data: new Uint8Array(buffer), useSystemFonts: false, verbosity: 0 })
    .promise;
  try {
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const { items } = await page.getTextContent();
      pages.push(items.map((item) => ('str' in item ? item.str : '')).join(' '));
    }
    return { numPages: document.numPages, pages };
  } finally {
    await document.destroy();
  }
}

/** Text without white space, so that a phrase matches even where a line wrapped inside it. */
export function compact(text: string): string {
  return text.replace(/\s+/g, '');
}
