import { describe, expect, it } from 'vitest';
import { loadCatalogueCalls, loadDirection } from '../eligibility/test-support/catalogue-files';
import { checklistContextOf, maxApplicationsPerPiOf } from './checklist-context';
import {
  checklistFor,
  checklistProgress,
  checklistSchema,
  formalReviewCategories,
  formalReviewCategoryOf,
  formalReviewChecklists,
  unknownChecklistCodes,
} from './formal-review-checklist';

describe('formal review checklist', () => {
  it('gives every call of the catalogue a category, and the three kinds of programme their own', () => {
    const byCall = Object.fromEntries(
      loadCatalogueCalls().map((c) => [c.id, formalReviewCategoryOf(c.programme.id)]),
    );
    expect(byCall['zj-2025-cooperation']).toBe('zhejiangCooperation');
    expect(byCall['most-2023-intergov-batch1']).toBe('nationalIntergovernmental');
    expect(byCall['zj-2024-central-guidance-fund']).toBe('centralGuidanceFund');
    expect(byCall['longquan-2024-needs-collection']).toBe('general');
  });

  it('labels every item in both languages, with unique codes per category', () => {
    for (const category of formalReviewCategories) {
      const items = formalReviewChecklists[category];
      expect(items.length).toBeGreaterThan(2);
      expect(new Set(items.map((i) => i.code)).size).toBe(items.length);
      for (const i of items) {
        expect(i.label['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
        expect(i.label['en-US']).toMatch(/^[A-Z]/);
      }
    }
  });

  it('asks about the foreign side only for bilateral directions, and the aid letter only for paired assistance', () => {
    const finland = checklistContextOf(loadDirection('zj-2025-cooperation', '1.1.1'));
    expect(finland.bilateral).toBe(true);
    const codes = checklistFor('zhejiangCooperation', finland).map((i) => i.code);
    expect(codes).toContain('foreignSideApplied');
    expect(codes).not.toContain('aidLocationRecommendationLetter');
    const unilateral = checklistFor('zhejiangCooperation', { bilateral: false, pairedAssistance: true }).map(
      (i) => i.code,
    );
    expect(unilateral).not.toContain('foreignSideApplied');
    expect(unilateral).toContain('aidLocationRecommendationLetter');
  });

  it('reads the PI limit from the direction, one by default', () => {
    const finland = loadDirection('zj-2025-cooperation', '1.1.1');
    expect(maxApplicationsPerPiOf(finland)).toBe(1);
    const limited = {
      ...finland,
      requirements: [
        ...finland.requirements,
        {
          kind: 'piConcurrentProjects' as const,
          params: { maxApplicationsPerPi: 2 },
          severity: 'blocking' as const,
          quote: '同一项目负责人限报2项',
          location: '测试',
          definedAt: '1.1.1',
        },
      ],
    };
    expect(maxApplicationsPerPiOf(limited)).toBe(2);
  });

  it('counts progress and refuses unknown codes', () => {
    const items = checklistFor('general', { bilateral: false, pairedAssistance: false });
    const entries = checklistSchema.parse({
      integrityPledgeSigned: { ok: true },
      budgetConsistent: { ok: false, note: '合计不一致' },
    });
    expect(checklistProgress(items, entries)).toEqual({ total: 3, ok: 1, notOk: 1, open: 1 });
    expect(unknownChecklistCodes(items, { ...entries, madeUp: { ok: true, note: '' } })).toEqual(['madeUp']);
    expect(checklistSchema.safeParse({ 'a b': { ok: true } }).success).toBe(false);
    expect(checklistSchema.safeParse({ x: { ok: 'yes' } }).success).toBe(false);
  });
});
