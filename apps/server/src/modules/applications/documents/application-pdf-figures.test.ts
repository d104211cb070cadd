import { applicationContentSchema } from '@yanzhen/domain';
import { describe, expect, it } from 'vitest';
import type { ApplicationSnapshot } from './application-document.types';
import { budgetSection, kpiSection } from './application-pdf-figures';
import { buildSubmittedApplication } from './document-input.factory';
import { documentLabels } from './document-labels';

// The section builders are pure: their pdfmake content can be checked without rendering a PDF.
function contextWith(content: unknown, locale: ApplicationSnapshot['locale'] = 'zh-CN') {
  const input = { ...buildSubmittedApplication(), content: applicationContentSchema.parse(content), locale };
  return { input, t: documentLabels(locale) };
}

describe('kpiSection', () => {
  it('merges runs of equal first- and second-level indicators into spanning cells', () => {
    const [table] = kpiSection(
      contextWith({
        kpis: [
          { level1: '产出指标', level2: '数量指标', text: '申请发明专利', target: 3, unit: '项' },
          { level1: '产出指标', level2: '数量指标', text: '研制样机', target: 1, unit: '台' },
          { level1: '产出指标', level2: '质量指标', text: '识别精度', target: 0.5, unit: '毫米' },
          { level1: '效益指标', text: '新增销售收入' },
        ],
      }),
    );
    const body = (table as { table: { body: unknown[][] } }).table.body.slice(1);
    expect(body.map((row) => row.slice(0, 2))).toEqual([
      [
        { text: '产出指标', rowSpan: 3 },
        { text: '数量指标', rowSpan: 2 },
      ],
      [{}, {}],
      [{}, { text: '质量指标' }],
      [{ text: '效益指标' }, { text: '未填写' }],
    ]);
    expect(body.map((row) => row[3])).toEqual(['3项', '1台', '0.5毫米', '未填写']);
  });

  it('lists unclassified targets, in the document language', () => {
    const kpis = [{ text: '申请发明专利', target: 3, unit: '项' }, { text: '培养研究生' }];
    expect(kpiSection(contextWith({ kpis }))).toEqual([{ ol: ['申请发明专利：3项', '培养研究生'] }]);
    expect(kpiSection(contextWith({ kpis }, 'en-US'))).toEqual([{ ol: ['申请发明专利: 3项', '培养研究生'] }]);
  });
});

describe('budgetSection', () => {
  it('says which amounts are missing and shows "—" for the ratios they prevent', () => {
    const [amounts, , ratios] = budgetSection(contextWith({ budget: { publicFundingWan: 100 } }));
    expect(JSON.stringify(amounts)).toContain('"未填写"');
    expect(JSON.stringify(ratios).match(/—/g)).toHaveLength(3);
  });
});
