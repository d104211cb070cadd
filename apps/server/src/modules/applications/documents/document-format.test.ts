import { describe, expect, it } from 'vitest';
import { computeBudgetRatios } from './budget-ratios';
import {
  formatCountry,
  formatFileSize,
  formatPercent,
  formatShanghaiDate,
  formatShanghaiDateTime,
  formatWan,
  groupHash,
  orMissing,
} from './document-format';
import { chineseNumeral, sectionTitle } from './document-labels';
import { isPdfFontFile, loadPdfFonts } from './pdf-fonts';

describe('document formatting', () => {
  it('writes Asia/Shanghai wall-clock time, across the date line', () => {
    expect(formatShanghaiDateTime('2024-09-20T09:29:58Z', 'zh-CN')).toBe('2024年9月20日 17:29:58');
    expect(formatShanghaiDateTime('2024-09-20T09:29:58Z', 'en-US')).toBe(
      '20 September 2024, 17:29:58 (UTC+8)',
    );
    expect(formatShanghaiDate('2024-12-31T16:30:00Z', 'zh-CN')).toBe('2025年1月1日');
    expect(() => formatShanghaiDateTime('not a date', 'zh-CN')).toThrow(/Not a date-time/);
  });

  it('groups a digest by eight', () => {
    expect(groupHash('ABCDEF0123456789abcdef0123456789')).toBe('abcdef01 23456789 abcdef01 23456789');
    expect(groupHash('ABCDEF0123456789abcdef0123456789', 2)).toBe('abcdef01 23456789\nabcdef01 23456789');
  });

  it('says a value is missing instead of printing undefined or a blank', () => {
    expect(orMissing(undefined, 'zh-CN')).toBe('未填写');
    expect(orMissing('  ', 'zh-CN')).toBe('未填写');
    expect(orMissing(null, 'en-US')).toBe('Not filled in');
    expect(orMissing(0, 'zh-CN')).toBe('0');
  });

  it('formats money, shares, sizes and countries', () => {
    expect(formatWan(1234.567, 'zh-CN')).toBe('1,234.57');
    expect(formatWan(undefined, 'zh-CN')).toBeUndefined();
    expect(formatPercent(2 / 3)).toBe('66.7%');
    expect(formatPercent(undefined)).toBe('—');
    expect(formatFileSize(512)).toBe('512 B');
    expect(formatFileSize(1_348_201)).toBe('1.3 MB');
    expect(formatCountry('fi', 'zh-CN')).toBe('芬兰（FI）');
    expect(formatCountry('FI', 'en-US')).toBe('Finland (FI)');
  });

  it('numbers sections the Chinese way in zh-CN, with an English gloss', () => {
    expect([1, 10, 11, 16, 20].map(chineseNumeral)).toEqual(['一', '十', '十一', '十六', '二十']);
    expect(sectionTitle('basics', 1, 'zh-CN')).toBe('一、基本信息 Basic information');
    expect(sectionTitle('budget', 14, 'en-US')).toBe('14. Budget');
  });
});

describe('computeBudgetRatios', () => {
  it('computes the shares reviewers check', () => {
    const ratios = computeBudgetRatios({
      publicFundingWan: 200,
      selfFundingWan: 300,
      matchingFundsWan: 100,
      rdInvestmentWan: 1000,
      aidTransferWan: 50,
    });
    expect(ratios.totalWan).toBe(600);
    expect(ratios.selfFundingShareOfTotal).toBeCloseTo(0.5);
    expect(ratios.publicFundingShareOfRdInvestment).toBeCloseTo(0.2);
    expect(ratios.transferShareOfPublicFunding).toBeCloseTo(0.25);
  });

  it('leaves a ratio undefined when a figure is missing or the denominator is zero', () => {
    const ratios = computeBudgetRatios({ publicFundingWan: 0, rdInvestmentWan: 500, aidTransferWan: 10 });
    expect(ratios).toEqual({
      totalWan: undefined,
      selfFundingShareOfTotal: undefined,
      publicFundingShareOfRdInvestment: 0,
      transferShareOfPublicFunding: undefined,
    });
  });
});

describe('loadPdfFonts', () => {
  it('finds the font files through the package and allows reading nothing else', () => {
    const fonts = loadPdfFonts();
    expect(loadPdfFonts()).toBe(fonts);
    const normal = fonts.dictionary[fonts.family]?.normal;
    expect(typeof normal === 'string' && isPdfFontFile(normal, fonts)).toBe(true);
    expect(isPdfFontFile('/etc/passwd', fonts)).toBe(false);
    expect(isPdfFontFile(`${fonts.directory}/../package.json`, fonts)).toBe(false);
  });
});
