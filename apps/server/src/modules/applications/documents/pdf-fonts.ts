import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import pdfMake from 'pdfmake';
import type { TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces';

/**
 * The fonts every Yanzhen PDF uses. A fresh machine has no CJK system fonts, and reviewers print what they
 * download, so the glyphs come from an npm package and are embedded (subset, with a ToUnicode map) in each file.
 */
export const PDF_FONT_PACKAGE = '@embedpdf/fonts-sc';
export const PDF_FONT_FAMILY = 'NotoSansHans';

const fontFiles = { normal: 'NotoSansHans-Regular.otf', bold: 'NotoSansHans-Bold.otf' } as const;

export interface PdfFonts {
  /** the family name to use in `font:` and `defaultStyle` */
  family: string;
  /** the folder that holds the font files; nothing else on disk may be read while rendering */
  directory: string;
  /** what pdfmake's `addFonts` expects */
  dictionary: TFontDictionary;
}

let cached: PdfFonts | undefined;

/**
 * Finds the Noto Sans Hans font files once and returns pdfmake's font dictionary for them. The package's
 * `exports` only expose its entry point, so the folder is found from there (never from a hard-coded
 * node_modules path). Throws an error naming the package when it or a font file is missing.
 *
 * pdfmake 0.3 on Node only takes font file paths (its URL resolver cannot handle buffers), so pdfkit reads and
 * subsets the files for each document; what is cached here is the lookup and its check.
 */
export function loadPdfFonts(): PdfFonts {
  if (cached) return cached;
  const directory = findFontDirectory();
  const normal = path.join(directory, fontFiles.normal);
  const bold = path.join(directory, fontFiles.bold);
  const missing = [normal, bold].filter((file) => !existsSync(file));
  if (missing.length > 0) {
    throw new Error(
      `PDF fonts are missing from the npm package ${PDF_FONT_PACKAGE}: ${missing.join(', ')}. ` +
        `Reinstall it (npm install -w @yanzhen/server ${PDF_FONT_PACKAGE}).`,
    );
  }
  cached = {
    family: PDF_FONT_FAMILY,
    directory,
    dictionary: { [PDF_FONT_FAMILY]: { normal, bold, italics: normal, bolditalics: bold } },
  };
  return cached;
}

function findFontDirectory(): string {
  let entry: string;
  try {
    entry = createRequire(import.meta.url).resolve(PDF_FONT_PACKAGE);
  } catch (cause) {
    throw new Error(
      `The npm package ${PDF_FONT_PACKAGE} (Chinese fonts for PDF documents) is not installed; ` +
        `install it with npm install -w @yanzhen/server ${PDF_FONT_PACKAGE}.`,
      { cause },
    );
  }
  // entry is <package>/dist/index.cjs; the fonts ship in <package>/fonts
  return path.resolve(path.dirname(entry), '..', 'fonts');
}

/** Whether rendering may read this local file: only the font files themselves. */
export function isPdfFontFile(file: string, fonts: PdfFonts): boolean {
  const relative = path.relative(fonts.directory, path.resolve(file));
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/**
 * Renders a document to PDF bytes with the embedded font; `define` gets the font family for its default style.
 * pdfmake is a process-wide singleton whose fonts and access policies `createPdf` reads synchronously, so they are
 * set right before it: no network access, and no local file but the fonts.
 */
export function renderPdfWithEmbeddedFont(
  define: (fontFamily: string) => TDocumentDefinitions,
): Promise<Buffer> {
  const fonts = loadPdfFonts();
  pdfMake.addFonts(fonts.dictionary);
  pdfMake.setUrlAccessPolicy(() => false);
  pdfMake.setLocalAccessPolicy((file) => isPdfFontFile(file, fonts));
  return pdfMake.createPdf(define(fonts.family)).getBuffer();
}
