/** Longest name we keep, in characters (code points), extension included. */
export const MAX_FILE_NAME_LENGTH = 120;

/** C0 and C1 controls, bidi marks, embeddings, overrides and isolates, zero-width characters and the BOM. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
const WINDOWS_FORBIDDEN = /[<>:"|?*]/g;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;
/** ASCII letters and digits with at least one letter: "报告.终稿" and "张三.2024" have no extension. */
const EXTENSION = /^(?=.*[A-Za-z])[A-Za-z0-9]{1,10}$/;

/** Removes characters that are invisible or reorder text, so a name shows what it is ("invoice\u202Efdp.exe"). */
export function stripInvisibleCharacters(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** The last path segment with invisible, direction-changing and Windows-forbidden characters removed. */
function cleanBaseName(raw: string): string {
  const noInvisible = stripInvisibleCharacters(raw.normalize('NFC'));
  const base = noInvisible.split(/[\\/]/).pop() ?? '';
  return base
    .replace(/^[a-zA-Z]:/, '')
    .replace(WINDOWS_FORBIDDEN, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
}

function splitExtension(base: string): { stem: string; extension: string | null } {
  const dot = base.lastIndexOf('.');
  if (dot <= 0) return { stem: base, extension: null };
  const extension = base.slice(dot + 1);
  if (!EXTENSION.test(extension)) return { stem: base, extension: null };
  return { stem: base.slice(0, dot).replace(/[\s.]+$/, ''), extension: extension.toLowerCase() };
}

/**
 * The extension the uploader's name claims (lower case, without the dot), or null when it has none. It is read
 * from the cleaned last path segment, so "x.pdf/..\\evil.exe" claims "exe".
 */
export function claimedExtension(rawName: string): string | null {
  return splitExtension(cleanBaseName(rawName)).extension;
}

function truncateCodePoints(text: string, max: number): string {
  const points = Array.from(text);
  return points.length <= max ? text : points.slice(0, max).join('');
}

/**
 * A file name that is safe to show and to put in a Content-Disposition header: no directories, traversal,
 * drive letters, control or bidi characters, no reserved Windows device names, at most 120 characters with the
 * extension kept. Chinese and other letters are kept. A name without an extension gets `defaultExtension`;
 * an empty result becomes `attachment.<ext>`.
 */
export function sanitizeFileName(rawName: string, defaultExtension: string): string {
  const { stem: rawStem, extension } = splitExtension(cleanBaseName(rawName));
  const ext = extension ?? defaultExtension.toLowerCase();
  const suffix = ext ? `.${ext}` : '';
  let stem = rawStem;
  const device = stem.split('.')[0] ?? '';
  if (WINDOWS_RESERVED.test(device)) stem = `_${stem}`;
  stem = truncateCodePoints(stem, MAX_FILE_NAME_LENGTH - suffix.length).replace(/[\s.]+$/, '');
  if (!stem) stem = 'attachment';
  return `${stem}${suffix}`;
}
