import { describe, expect, it } from 'vitest';
import {
  findMissingQuotes,
  listCatalogueFiles,
  readCatalogueFile,
  readSourceDocument,
} from './catalogue-files';

const files = listCatalogueFiles();

describe('catalogue files', () => {
  it('has one file per seed document', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
  });

  describe.each(files)('%s', (path) => {
    const file = readCatalogueFile(path);
    const source = readSourceDocument(file.sourceDocument);

    it('quotes only words that stand in its source document', () => {
      expect(findMissingQuotes(file, source)).toEqual([]);
    });

    it('gives every call a unique id and names its source', () => {
      for (const call of file.calls) expect(call.sourceDocument).toBe(file.sourceDocument);
      const ids = file.calls.map((c) => c.id);
      expect(new Set(ids).size).toBe(ids.length);
    });
  });
});
