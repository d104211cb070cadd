import { describe, expect, it } from 'vitest';
import { type ApplicationTransition, applicationTransitions } from '../application/application-lifecycle';
import {
  assignNotices,
  audiencesOf,
  dueReminderOffset,
  notificationKinds,
  reminderDedupeKey,
  transitionNotices,
} from './notification-rules';
import { renderNotification, renderNotificationMail } from './notification-templates';

describe('who is told of a transition', () => {
  it('covers every transition of the lifecycle', () => {
    expect(Object.keys(transitionNotices).sort()).toEqual(Object.keys(applicationTransitions).sort());
  });

  it('tells the applicant and the organisation admins of a submission, and the recommenders of an approval', () => {
    expect(audiencesOf('submit')).toEqual(['applicant', 'orgAdmins']);
    expect(audiencesOf('orgApprove')).toEqual(['applicant', 'recommenders']);
    expect(audiencesOf('withdraw')).toEqual(['orgAdmins']);
    expect(audiencesOf('reopen')).toEqual([]);
    for (const t of [
      'orgReturn',
      'recommenderReturn',
      'recommenderReject',
      'recommend',
    ] as ApplicationTransition[])
      expect(audiencesOf(t)).toEqual(['applicant']);
    for (const t of [
      'acceptFormalReview',
      'returnForCorrection',
      'rejectFormalReview',
    ] as ApplicationTransition[])
      expect(audiencesOf(t)).toEqual(['applicant', 'orgAdmins']);
    expect(audiencesOf('resubmitCorrection')).toEqual(['applicant', 'programmeOfficers']);
  });

  it('gives each person one message, the first audience winning', () => {
    const out = assignNotices(transitionNotices.submit, {
      applicant: ['u1'],
      orgAdmins: ['u1', 'u2', 'u2'],
    });
    expect(out).toEqual([
      { userId: 'u1', kind: 'submitReceipt' },
      { userId: 'u2', kind: 'awaitingOrgApproval' },
    ]);
    expect(assignNotices(transitionNotices.reopen, { applicant: ['u1'] })).toEqual([]);
  });
});

describe('messages', () => {
  const params = {
    applicationTitle: '中芬联合研发',
    callTitle: '2026年度国际科技合作项目申报通知',
    callTitleEn: '2026 International Cooperation Call',
    state: 'returnedForCorrection',
    reason: '缺少合作协议',
    dueAt: '2026-04-01T09:30:00.000Z',
  };

  it('renders in Chinese and in English, with state label, reason and a Beijing-time deadline', () => {
    const zh = renderNotification('stateChanged', params, 'zh-CN');
    expect(zh.subject).toBe('申报书《中芬联合研发》：形式审查退回补正');
    expect(zh.body).toContain('2026年度国际科技合作项目申报通知');
    expect(zh.body).toContain('理由：缺少合作协议');
    expect(zh.body).toContain('2026-04-01 17:30（北京时间）');
    const en = renderNotification('stateChanged', params, 'en-US');
    expect(en.subject).toBe('Returned for correction: 中芬联合研发');
    expect(en.body).toContain('2026 International Cooperation Call');
    expect(en.body).toContain('Reason: 缺少合作协议');
    expect(en.body).toContain('2026-04-01 17:30 (Beijing time)');
  });

  it('uses the staff label for staff and leaves out what is not given', () => {
    const zh = renderNotification(
      'formalReviewOutcome',
      { ...params, reason: null, dueAt: undefined },
      'zh-CN',
    );
    expect(zh.subject).toContain('退回补正');
    expect(zh.body).not.toContain('理由');
    expect(zh.body).not.toContain('补正截止');
    expect(renderNotification('submitReceipt', { applicationTitle: ' ' }, 'en-US').subject).toBe(
      'Application received: untitled',
    );
  });

  it('renders every kind in both languages, even from damaged parameters', () => {
    for (const kind of notificationKinds) {
      for (const locale of ['zh-CN', 'en-US'] as const) {
        const r = renderNotification(kind, { state: 'nonsense', count: 'x' }, locale);
        expect(r.subject.length, `${kind} ${locale}`).toBeGreaterThan(0);
        expect(r.body.length, `${kind} ${locale}`).toBeGreaterThan(0);
      }
    }
  });

  it('writes the e-mail with the platform name and a link', () => {
    const mail = renderNotificationMail(
      'orgApproved',
      params,
      'zh-CN',
      'https://kjt.example.cn/applications/1',
    );
    expect(mail.subject).toBe('【雁阵】申报书《中芬联合研发》已通过单位审核');
    expect(mail.body).toContain('https://kjt.example.cn/applications/1');
    expect(renderNotificationMail('orgApproved', params, 'en-US', 'x').subject).toMatch(/^\[Yanzhen\] /);
  });
});

describe('deadline reminders', () => {
  const deadline = new Date('2026-04-10T09:30:00Z');
  const at = (hoursBefore: number) => new Date(deadline.getTime() - hoursBefore * 3600_000);

  it('is due 7 days ahead, then 1 day ahead, never after the deadline or further away', () => {
    expect(dueReminderOffset(deadline, at(24 * 7 + 1))).toBeNull();
    expect(dueReminderOffset(deadline, at(24 * 7))).toBe('7d');
    expect(dueReminderOffset(deadline, at(25))).toBe('7d');
    expect(dueReminderOffset(deadline, at(24))).toBe('1d');
    expect(dueReminderOffset(deadline, at(0.1))).toBe('1d');
    expect(dueReminderOffset(deadline, at(0))).toBeNull();
    expect(dueReminderOffset(deadline, at(-1))).toBeNull();
  });

  it('keys a reminder by kind, subject, person, offset and deadline', () => {
    const key = reminderDedupeKey('correctionDueReminder', 'app-1', 'user-1', '1d', deadline);
    expect(key).toBe('reminder:correctionDueReminder:app-1:user-1:1d:2026-04-10T09:30:00.000Z');
    expect(reminderDedupeKey('correctionDueReminder', 'app-1', 'user-1', '1d', at(1))).not.toBe(key);
  });
});
