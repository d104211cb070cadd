/** A half-open range [start, end) of characters in the source text. */
export interface TextRange {
  start: number;
  end: number;
}

const isSpace = (ch: string) => /\s/u.test(ch);

/**
 * Where `quote` stands in `text` when white space is ignored on both sides, as the catalogue's quotes are
 * checked (line breaks and spaces of the printed document fall anywhere in a clause). Null when absent.
 */
export function findQuote(text: string, quote: string): TextRange | null {
  const needle = Array.from(quote)
    .filter((ch) => !isSpace(ch))
    .join('');
  if (!needle) return null;
  // The text without white space, and for each of its characters where it stands in the original.
  const positions: number[] = [];
  let compact = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (isSpace(ch)) continue;
    positions.push(i);
    compact += ch;
  }
  const at = compact.indexOf(needle);
  if (at < 0) return null;
  const start = positions[at]!;
  const end = positions[at + needle.length - 1]! + 1;
  return { start, end };
}
