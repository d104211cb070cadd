import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';

export const xlsxContentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** How a column's cells are stored: money is a number in 万元 shown with two decimals. */
export type TableColumnKind = 'text' | 'integer' | 'money' | 'ratio';

/** One column of an exported table: its bilingual header, width, and how a row gives its value. */
export type TableColumn<R> = {
  zh: string;
  en: string;
  kind: TableColumnKind;
  width: number;
  value: (row: R) => string | number | null;
};

/** The text of a bilingual header cell: Chinese first, English below. */
export const headerText = (column: { zh: string; en: string }) => `${column.zh}\n${column.en}`;

const font = { name: '宋体', size: 11 } as const;
const formats: Record<TableColumnKind, string | undefined> = {
  text: undefined,
  integer: '0',
  money: '#,##0.00',
  ratio: '0.0%',
};
/** Excel refuses (and "repairs") a cell holding more text than this. */
const cellTextLimit = 32_767;

/**
 * A sheet holding one table: a title row, a bilingual header row (frozen, with a filter), then the rows,
 * each committed as soon as it is written (exceljs's streaming writer), so memory does not grow with the rows.
 */
export async function writeTableSheet<R>(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  sheetName: string,
  title: string,
  columns: readonly TableColumn<R>[],
  rows: Iterable<R> | AsyncIterable<R[]>,
): Promise<number> {
  const sheet = workbook.addWorksheet(sheetName, {
    views: [{ state: 'frozen', ySplit: 2, topLeftCell: 'A3', activeCell: 'A3' }],
  });
  // one style object per column, shared by every cell: exceljs then serialises each style once
  const styles = columns.map(
    (c): Partial<ExcelJS.Style> => ({
      font,
      alignment: { vertical: 'middle', horizontal: c.kind === 'text' ? 'left' : 'right' },
      ...(formats[c.kind] ? { numFmt: formats[c.kind] } : {}),
    }),
  );
  sheet.columns = columns.map((c, i) => ({ width: c.width, style: styles[i] ?? {} }));
  const titleRow = sheet.addRow([title]);
  titleRow.getCell(1).style = { font: { ...font, size: 14, bold: true } };
  titleRow.commit();
  const header = sheet.addRow(columns.map(headerText));
  header.height = 32;
  header.eachCell((cell) => {
    cell.style = {
      font: { ...font, bold: true },
      alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEEEEE' } },
    };
  });
  header.commit();
  let count = 0;
  const write = (row: R) => {
    const written = sheet.addRow(columns.map((c) => cellValue(c.value(row))));
    styles.forEach((style, i) => {
      written.getCell(i + 1).style = style;
    });
    written.commit();
    count++;
  };
  if (Symbol.asyncIterator in rows) {
    for await (const batch of rows) for (const row of batch) write(row);
  } else {
    for (const row of rows) write(row);
  }
  sheet.autoFilter = {
    from: { row: 2, column: 1 },
    to: { row: Math.max(2, count + 2), column: columns.length },
  };
  sheet.commit();
  return count;
}

function cellValue(value: string | number | null): string | number | null {
  if (typeof value !== 'string' || value.length <= cellTextLimit) return value;
  return `${value.slice(0, cellTextLimit - 1)}…`;
}

/**
 * Writes a workbook into a stream that can be sent as the response at once: the bytes flow while the sheets are
 * written. An error while writing destroys the stream with that error.
 */
export function streamWorkbook(
  meta: { title: string; created: Date },
  write: (workbook: ExcelJS.stream.xlsx.WorkbookWriter) => Promise<void>,
): Readable {
  const stream = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'Yanzhen 雁阵';
  workbook.created = meta.created;
  workbook.title = meta.title;
  void (async () => {
    try {
      await write(workbook);
      await workbook.commit();
    } catch (error) {
      stream.destroy(error instanceof Error ? error : new Error(String(error)));
    }
  })();
  return stream;
}
