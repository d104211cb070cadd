import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CatalogueFile, catalogueFileSchema } from '@yanzhen/domain';
import { parse } from 'yaml';

export const catalogueRoot = new URL('../../../../../catalogue/', import.meta.url).pathname;

export class CatalogueFileError extends Error {}

/** Reads and validates one catalogue YAML file; the error names the file and the bad paths. */
export function readCatalogueFile(path: string): CatalogueFile {
  const raw = parse(readFileSync(path, 'utf8'));
  const parsed = catalogueFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 20).map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new CatalogueFileError(`${path} is not a valid catalogue file:\n${issues.join('\n')}`);
  }
  return parsed.data;
}

export function listCatalogueFiles(dir = join(catalogueRoot, 'calls')): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => join(dir, f));
}

export function readSourceDocument(name: string, dir = join(catalogueRoot, 'sources')): string {
  return readFileSync(join(dir, name), 'utf8');
}

/** White space (including the full-width space) never matters when matching a quote to its source. */
export function normaliseForQuote(text: string): string {
  return text.replace(/[\s\u3000]+/g, '');
}

/** Every quoted clause of a file, with the path it stands at. */
export function collectQuotes(file: CatalogueFile): { path: string; quote: string }[] {
  const out: { path: string; quote: string }[] = [];
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) {
      value.forEach((v, i) => {
        walk(v, `${path}[${i}]`);
      });
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        if (k === 'quote' && typeof v === 'string') out.push({ path, quote: v });
        else walk(v, path ? `${path}.${k}` : k);
      }
    }
  };
  walk(file, '');
  return out;
}

/** Quotes that do not stand in the source document (after white space is ignored). */
export function findMissingQuotes(
  file: CatalogueFile,
  sourceText: string,
): { path: string; quote: string }[] {
  const haystack = normaliseForQuote(sourceText);
  return collectQuotes(file).filter((q) => !haystack.includes(normaliseForQuote(q.quote)));
}

/** Every catalogue file of the repository, validated. */
export function readAllCatalogueFiles(dir?: string): CatalogueFile[] {
  return listCatalogueFiles(dir).map(readCatalogueFile);
}
