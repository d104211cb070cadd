import { describe, expect, it } from 'vitest';
import { evaluateOne, longquanEnterprise, requirementOf } from '../test-support/requirement.factory';

describe('requiredAttachment', () => {
  it('needs the attachment once', () => {
    const rule = requirementOf('requiredAttachment', { attachment: 'cooperationAgreement' });
    expect(evaluateOne(rule, { attachments: [{ code: 'cooperationAgreement' }] }).outcome).toBe('pass');
    const r = evaluateOne(rule, { attachments: [{ code: 'ipAgreement' }] });
    expect(r.outcome).toBe('fail');
    expect(r.message['en-US']).toBe('Missing attachment: cooperationAgreement');
    expect(evaluateOne(rule, {}).missing).toEqual(['attachments']);
  });

  it('per organisation: the lead and every domestic participant', () => {
    const rule = requirementOf('requiredAttachment', {
      attachment: 'integrityPledge',
      perOrganisation: true,
    });
    const participants = { domestic: [{ id: 'zju', name: '浙江大学' }] };
    const both = [
      { code: 'integrityPledge', organisationId: 'org-lq' },
      { code: 'integrityPledge', organisationId: 'zju' },
    ];
    expect(evaluateOne(rule, { lead: longquanEnterprise, participants, attachments: both }).outcome).toBe(
      'pass',
    );
    const r = evaluateOne(rule, { lead: longquanEnterprise, participants, attachments: both.slice(0, 1) });
    expect(r.outcome).toBe('fail');
    expect(r.message['zh-CN']).toBe('浙江大学未上传integrityPledge');
    expect(evaluateOne(rule, { lead: longquanEnterprise, attachments: both }).missing).toEqual([
      'participants.domestic',
    ]);
  });

  it('per key person: the PI and every team member', () => {
    const rule = requirementOf('requiredAttachment', { attachment: 'integrityPledge', perKeyPerson: true });
    const people = {
      pi: { id: 'p1', name: '张三' },
      teamMembers: [{ id: 'p2', name: '李四' }, { name: '王五' }],
    };
    const r = evaluateOne(rule, { ...people, attachments: [{ code: 'integrityPledge', personId: 'p1' }] });
    expect(r.outcome).toBe('fail');
    expect(r.message['zh-CN']).toBe('李四未上传integrityPledge');
    expect(evaluateOne(rule, { pi: people.pi, attachments: [] }).missing).toEqual(['teamMembers']);
  });
});

describe('agreementSignedBefore', () => {
  const rule = requirementOf('agreementSignedBefore', {
    agreement: 'jointLabAgreement',
    before: '2022-01-01',
  });
  const signed = (signedOn: string) => ({ attachments: [{ code: 'jointLabAgreement', signedOn }] });
  it('passes the day before and fails on the date itself', () => {
    expect(evaluateOne(rule, signed('2021-12-31')).outcome).toBe('pass');
    const r = evaluateOne(rule, signed('2022-01-01'));
    expect(r.outcome).toBe('fail');
    expect(r.message['en-US']).toBe('jointLabAgreement signed on 2022-01-01, not before 2022-01-01');
  });
  it('is unknown without the agreement or its date', () => {
    expect(evaluateOne(rule, { attachments: [] }).missing).toEqual(['attachments[jointLabAgreement]']);
    expect(evaluateOne(rule, { attachments: [{ code: 'jointLabAgreement' }] }).missing).toEqual([
      'attachments[jointLabAgreement].signedOn',
    ]);
  });
});

describe('onePerAgreement', () => {
  const rule = requirementOf('onePerAgreement', { agreement: 'jointLabAgreement' });
  const used = (ids: string[]) => ({
    application: { id: 'app-1' },
    attachments: [{ code: 'jointLabAgreement', supportsOtherApplications: ids }],
  });
  it('passes when the agreement supports no other application (itself excepted)', () => {
    expect(evaluateOne(rule, used([])).outcome).toBe('pass');
    expect(evaluateOne(rule, used(['app-1'])).outcome).toBe('pass');
  });
  it('fails when another application already uses it', () => {
    const r = evaluateOne(rule, used(['app-7']));
    expect(r.outcome).toBe('fail');
    expect(r.message['zh-CN']).toContain('app-7');
  });
  it('is unknown when nobody has checked', () => {
    expect(evaluateOne(rule, { attachments: [{ code: 'jointLabAgreement' }] }).outcome).toBe('unknown');
  });
});
