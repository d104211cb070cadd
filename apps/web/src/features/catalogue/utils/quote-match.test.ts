import { describe, expect, it } from 'vitest';
import { findQuote } from './quote-match';

describe('findQuote', () => {
  const text = '（三）国际科技合作项目最高补助 150 万元，对口支援与协\n作项目最高补助 60 万元。';

  it('finds a quote whatever white space the printed text puts inside it', () => {
    const range = findQuote(text, '国际科技合作项目最高补助150万元');
    expect(range && text.slice(range.start, range.end)).toBe('国际科技合作项目最高补助 150 万元');
  });

  it('spans line breaks of the document', () => {
    const range = findQuote(text, '对口支援与协作项目最高补助60万元');
    expect(range && text.slice(range.start, range.end)).toBe('对口支援与协\n作项目最高补助 60 万元');
  });

  it('answers null for a quote that is not in the text, or an empty one', () => {
    expect(findQuote(text, '最高补助 200 万元')).toBeNull();
    expect(findQuote(text, ' \n')).toBeNull();
  });
});
