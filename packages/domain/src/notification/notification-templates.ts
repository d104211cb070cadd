import { applicationStateLabels } from '../application/application-lifecycle';
import { formatShanghai } from '../catalogue/call-phase';
import type { Locale } from '../identity/role';
import {
  type NotificationKind,
  type NotificationParams,
  notificationParamsSchema,
} from './notification-rules';

export type RenderedNotification = { subject: string; body: string };

type Template = (p: Values) => RenderedNotification;
/** The parameters as a template uses them: texts ready to print in the reader's language. */
type Values = {
  title: string;
  call: string;
  applicantState: string;
  staffState: string;
  reason: string | null;
  due: string | null;
  offset: string;
  count: number;
  organisation: string;
};

const lines = (...parts: (string | null | false)[]) => parts.filter(Boolean).join('\n');

const zh: Record<NotificationKind, Template> = {
  submitReceipt: (v) => ({
    subject: `已收到申报书《${v.title}》`,
    body: lines(`您的申报书《${v.title}》（${v.call}）已提交，等待本单位审核。`),
  }),
  awaitingOrgApproval: (v) => ({
    subject: `申报书《${v.title}》待单位审核`,
    body: lines(`本单位的申报书《${v.title}》（${v.call}）已提交，请审核。`),
  }),
  withdrawnByApplicant: (v) => ({
    subject: `申报书《${v.title}》已撤回`,
    body: lines(`申报人已撤回本单位的申报书《${v.title}》（${v.call}）。`),
  }),
  orgApproved: (v) => ({
    subject: `申报书《${v.title}》已通过单位审核`,
    body: lines(`您的申报书《${v.title}》（${v.call}）已通过单位审核，等待推荐单位推荐。`),
  }),
  awaitingRecommendation: (v) => ({
    subject: `申报书《${v.title}》待推荐`,
    body: lines(`${v.organisation}的申报书《${v.title}》（${v.call}）已通过单位审核，等待贵单位推荐。`),
  }),
  stateChanged: (v) => ({
    subject: `申报书《${v.title}》：${v.applicantState}`,
    body: lines(
      `您的申报书《${v.title}》（${v.call}）状态已变为“${v.applicantState}”。`,
      v.reason && `理由：${v.reason}`,
      v.due && `请于 ${v.due}（北京时间）前完成补正并重新提交。`,
    ),
  }),
  formalReviewOutcome: (v) => ({
    subject: `申报书《${v.title}》形式审查结果：${v.staffState}`,
    body: lines(
      `本单位的申报书《${v.title}》（${v.call}）形式审查结果：${v.staffState}。`,
      v.reason && `理由：${v.reason}`,
      v.due && `补正截止时间：${v.due}（北京时间）。`,
    ),
  }),
  correctionResubmitted: (v) => ({
    subject: `申报书《${v.title}》已补正重新提交`,
    body: lines(`${v.organisation}的申报书《${v.title}》（${v.call}）已完成补正并重新提交，请继续形式审查。`),
  }),
  batchSent: (v) => ({
    subject: `${v.organisation}已报送推荐批次`,
    body: lines(`${v.organisation}已报送《${v.call}》的推荐批次，共推荐 ${v.count} 项。`),
  }),
  submissionClosingReminder: (v) => ({
    subject: `申报将于${v.offset}后截止：《${v.title}》`,
    body: lines(
      `《${v.call}》申报将于 ${v.due}（北京时间）截止，您的申报书《${v.title}》尚未提交（${v.applicantState}）。`,
    ),
  }),
  recommendationDeadlineReminder: (v) => ({
    subject: `推荐将于${v.offset}后截止：《${v.call}》`,
    body: lines(
      `《${v.call}》推荐截止时间为 ${v.due}（北京时间）。贵单位辖区内尚有 ${v.count} 项申报书待推荐，或推荐批次尚未报送。`,
    ),
  }),
  correctionDueReminder: (v) => ({
    subject: `补正将于${v.offset}后截止：《${v.title}》`,
    body: lines(`您的申报书《${v.title}》（${v.call}）须于 ${v.due}（北京时间）前完成补正并重新提交。`),
  }),
};

const en: Record<NotificationKind, Template> = {
  submitReceipt: (v) => ({
    subject: `Application received: ${v.title}`,
    body: lines(`Your application "${v.title}" (${v.call}) has been submitted and awaits your organisation.`),
  }),
  awaitingOrgApproval: (v) => ({
    subject: `Awaiting your approval: ${v.title}`,
    body: lines(
      `The application "${v.title}" (${v.call}) of your organisation has been submitted for approval.`,
    ),
  }),
  withdrawnByApplicant: (v) => ({
    subject: `Application withdrawn: ${v.title}`,
    body: lines(`The applicant has withdrawn the application "${v.title}" (${v.call}) of your organisation.`),
  }),
  orgApproved: (v) => ({
    subject: `Approved by your organisation: ${v.title}`,
    body: lines(
      `Your application "${v.title}" (${v.call}) has been approved by your organisation and awaits recommendation.`,
    ),
  }),
  awaitingRecommendation: (v) => ({
    subject: `Awaiting recommendation: ${v.title}`,
    body: lines(
      `The application "${v.title}" (${v.call}) of ${v.organisation} has been approved by its organisation and awaits your recommendation.`,
    ),
  }),
  stateChanged: (v) => ({
    subject: `${v.applicantState}: ${v.title}`,
    body: lines(
      `Your application "${v.title}" (${v.call}) is now: ${v.applicantState}.`,
      v.reason && `Reason: ${v.reason}`,
      v.due && `Please correct and resubmit it by ${v.due} (Beijing time).`,
    ),
  }),
  formalReviewOutcome: (v) => ({
    subject: `Formal review: ${v.staffState}: ${v.title}`,
    body: lines(
      `Formal review of your organisation's application "${v.title}" (${v.call}): ${v.staffState}.`,
      v.reason && `Reason: ${v.reason}`,
      v.due && `Correction deadline: ${v.due} (Beijing time).`,
    ),
  }),
  correctionResubmitted: (v) => ({
    subject: `Corrected and resubmitted: ${v.title}`,
    body: lines(
      `The application "${v.title}" (${v.call}) of ${v.organisation} has been corrected and resubmitted for formal review.`,
    ),
  }),
  batchSent: (v) => ({
    subject: `Recommendation batch sent by ${v.organisation}`,
    body: lines(
      `${v.organisation} has sent its recommendation batch for ${v.call}: ${v.count} application(s).`,
    ),
  }),
  submissionClosingReminder: (v) => ({
    subject: `Submission closes in ${v.offset}: ${v.title}`,
    body: lines(
      `Submission for ${v.call} closes at ${v.due} (Beijing time). Your application "${v.title}" has not been submitted (${v.applicantState}).`,
    ),
  }),
  recommendationDeadlineReminder: (v) => ({
    subject: `Recommendation closes in ${v.offset}: ${v.call}`,
    body: lines(
      `Recommendations for ${v.call} close at ${v.due} (Beijing time). ${v.count} application(s) in your jurisdiction await a decision, or your batch has not been sent.`,
    ),
  }),
  correctionDueReminder: (v) => ({
    subject: `Correction due in ${v.offset}: ${v.title}`,
    body: lines(
      `Your application "${v.title}" (${v.call}) must be corrected and resubmitted by ${v.due} (Beijing time).`,
    ),
  }),
};

const templates: Record<Locale, Record<NotificationKind, Template>> = { 'zh-CN': zh, 'en-US': en };
const offsetText: Record<Locale, Record<'7d' | '1d', string>> = {
  'zh-CN': { '7d': '7天', '1d': '1天' },
  'en-US': { '7d': '7 days', '1d': '1 day' },
};
const untitled: Record<Locale, string> = { 'zh-CN': '未命名', 'en-US': 'untitled' };

/** Writes a notification in the reader's language from its stored parameters (unknown parameters are ignored). */
export function renderNotification(
  kind: NotificationKind,
  params: unknown,
  locale: Locale,
): RenderedNotification {
  const parsed = notificationParamsSchema.safeParse(params);
  const p: NotificationParams = parsed.success ? parsed.data : {};
  const state = p.state ? applicationStateLabels[p.state] : null;
  const values: Values = {
    title: p.applicationTitle?.trim() || untitled[locale],
    call: (locale === 'en-US' && p.callTitleEn) || p.callTitle || '',
    applicantState: state?.applicant[locale] ?? '',
    staffState: state?.staff[locale] ?? '',
    reason: p.reason?.trim() || null,
    due: p.dueAt ? formatShanghai(p.dueAt) : null,
    offset: p.offset ? offsetText[locale][p.offset] : '',
    count: p.count ?? 0,
    organisation: p.organisationName ?? '',
  };
  return templates[locale][kind](values);
}

/** The e-mail for a notification: the platform's name in the subject, a link to act on it at the end. */
export function renderNotificationMail(
  kind: NotificationKind,
  params: unknown,
  locale: Locale,
  link: string,
): RenderedNotification {
  const { subject, body } = renderNotification(kind, params, locale);
  return locale === 'zh-CN'
    ? {
        subject: `【雁阵】${subject}`,
        body: `${body}\n\n查看详情：${link}\n\n（本邮件由系统自动发送，请勿回复。）`,
      }
    : {
        subject: `[Yanzhen] ${subject}`,
        body: `${body}\n\nDetails: ${link}\n\n(This message was sent automatically; please do not reply.)`,
      };
}
