import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { localiseIssueMessage } from './error-handler';

const issueOf = (schema: z.ZodType, value: unknown) => {
  const r = schema.safeParse(value);
  if (r.success) throw new Error('expected an issue');
  const { code, message, ...rest } = r.error.issues[0]!;
  return { code, message, ...rest };
};

describe('localiseIssueMessage', () => {
  it("renders zod's own messages in Chinese and keeps English for English clients", () => {
    const issue = issueOf(z.object({ n: z.number() }), { n: 'x' });
    expect(localiseIssueMessage(issue, 'en-US')).toBe(issue.message);
    expect(localiseIssueMessage(issue, 'zh-CN')).toContain('无效输入');
    expect(localiseIssueMessage(issue, 'zh-CN')).not.toContain('undefined');
  });

  it('translates our own messages and leaves unknown custom ones as written', () => {
    expect(localiseIssueMessage({ code: 'custom', message: 'required' }, 'zh-CN')).toBe('必填');
    expect(localiseIssueMessage(issueOf(z.string().min(10, 'at least 10 characters'), 'x'), 'zh-CN')).toBe(
      '至少 10 个字符',
    );
    expect(localiseIssueMessage({ code: 'custom', message: 'a bespoke rule' }, 'zh-CN')).toBe(
      'a bespoke rule',
    );
  });
});
