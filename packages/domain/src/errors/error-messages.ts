import type { Locale } from '../identity/role';

/** Every error code the API returns, with its message in each language. `{name}` is filled from params. */
export const errorMessages = {
  validation_failed: {
    'zh-CN': '提交的内容有误，请检查标出的字段。',
    'en-US': 'Some fields are invalid; please check them.',
  },
  malformed_request: { 'zh-CN': '请求格式错误：{reason}', 'en-US': 'Malformed request: {reason}' },
  unsupported_media_type: {
    'zh-CN': '不支持的内容类型，请以 JSON 提交。',
    'en-US': 'Unsupported content type; send JSON.',
  },
  payload_too_large: { 'zh-CN': '提交的内容过大。', 'en-US': 'The request is too large.' },
  unauthenticated: { 'zh-CN': '请先登录。', 'en-US': 'Please sign in first.' },
  invalid_credentials: { 'zh-CN': '邮箱或密码不正确。', 'en-US': 'Wrong e-mail address or password.' },
  account_locked: {
    'zh-CN': '登录失败次数过多，账号已暂时锁定，请于 {until} 后再试。',
    'en-US': 'Too many failed sign-ins; the account is locked until {until}.',
  },
  rate_limited: {
    'zh-CN': '尝试次数过多，请稍后再试。',
    'en-US': 'Too many attempts; please try again later.',
  },
  forbidden: { 'zh-CN': '您无权执行此操作。', 'en-US': 'You are not allowed to do this.' },
  csrf_failed: {
    'zh-CN': '页面已过期或请求来源不可信，请刷新页面后重试。',
    'en-US': 'The page has expired or the request could not be verified; reload and try again.',
  },
  not_found: { 'zh-CN': '未找到所请求的内容。', 'en-US': 'Not found.' },
  conflict: { 'zh-CN': '操作与当前状态冲突。', 'en-US': 'The request conflicts with the current state.' },
  email_taken: { 'zh-CN': '该邮箱已注册。', 'en-US': 'This e-mail address is already registered.' },
  uscc_taken: {
    'zh-CN': '该统一社会信用代码已有单位注册，请选择“加入已有单位”。',
    'en-US': 'An organisation with this credit code is already registered; join it instead.',
  },
  invalid_uscc: {
    'zh-CN': '统一社会信用代码有误：{reason}',
    'en-US': 'Invalid unified social credit code: {reason}',
  },
  invalid_region: { 'zh-CN': '未知的行政区划代码：{code}', 'en-US': 'Unknown region code: {code}' },
  invalid_token: { 'zh-CN': '链接无效或已过期。', 'en-US': 'The link is invalid or has expired.' },
  wrong_password: { 'zh-CN': '当前密码不正确。', 'en-US': 'The current password is wrong.' },
  organisation_not_joinable: {
    'zh-CN': '该单位尚未通过审核，暂不能加入。',
    'en-US': 'This organisation has not been verified yet and cannot be joined.',
  },
  sso_unavailable: { 'zh-CN': '未启用统一身份认证登录。', 'en-US': 'Single sign-on is not enabled.' },
  sso_failed: { 'zh-CN': '统一身份认证登录失败：{reason}', 'en-US': 'Single sign-on failed: {reason}' },
  edit_conflict: {
    'zh-CN': '该申报书已在别处（另一个窗口或同事）保存过，您的内容尚未保存。请复制您的修改，刷新后再合并。',
    'en-US':
      'This application was saved elsewhere (another tab or a colleague); your text is not saved yet. Copy your changes, reload and merge.',
  },
  application_frozen: {
    'zh-CN': '申报书已提交，不能再修改；如需修改请先撤回或等待退回。',
    'en-US':
      'The application has been submitted and can no longer be changed; withdraw it first or wait until it is returned.',
  },
  outside_window: {
    'zh-CN': '不在网上填报受理时间内（{start} 至 {end}，北京时间）。',
    'en-US': 'Outside the submission window ({start} to {end}, Beijing time).',
  },
  not_eligible: {
    'zh-CN': '尚有 {count} 项必须满足的申报条件未满足，请按提示修改后再提交。',
    'en-US': '{count} mandatory requirement(s) are not met; fix them as shown before submitting.',
  },
  organisation_not_verified: {
    'zh-CN': '您的单位尚未通过推荐单位审核，暂不能提交申报。',
    'en-US': 'Your organisation has not been verified by its recommender yet, so it cannot submit.',
  },
  transition_not_allowed: {
    'zh-CN': '当前状态（{state}）下不能执行此操作。',
    'en-US': 'This action is not possible in the current state ({state}).',
  },
  reason_required: { 'zh-CN': '请填写理由。', 'en-US': 'Please give a reason.' },
  call_not_open: {
    'zh-CN': '该通知当前不接受申报（{phase}）。',
    'en-US': 'This call does not accept applications now ({phase}).',
  },
  attachment_rejected: {
    'zh-CN': '附件未被接受：{reason}',
    'en-US': 'The attachment was not accepted: {reason}',
  },
  quota_exhausted: {
    'zh-CN': '推荐限额已用完：{holder}限额 {limit} 项。',
    'en-US': 'The quota is used up: {holder} may put forward {limit}.',
  },
  no_incentive_quota: {
    'zh-CN': '本通知没有您单位可用的单列激励名额。',
    'en-US': 'This call has no incentive allotment for your body.',
  },
  recommendation_closed: {
    'zh-CN': '推荐截止时间（{deadline}，北京时间）已过。',
    'en-US': 'The recommendation deadline ({deadline}, Beijing time) has passed.',
  },
  nothing_recommended: {
    'zh-CN': '您在本通知下尚未推荐任何项目。',
    'en-US': 'You have not recommended any application in this call yet.',
  },
  batch_incomplete: {
    'zh-CN': '推荐函、推荐汇总表和盖章扫描件须齐全后才能报送。',
    'en-US': 'The letter, the summary table and the stamped scan must all be ready before sending.',
  },
  batch_already_sent: {
    'zh-CN': '本批次已报送，不能再修改。',
    'en-US': 'This batch has been sent and can no longer change.',
  },
  correction_deadline_passed: {
    'zh-CN': '补正截止时间（{deadline}，北京时间）已过，不能再提交补正材料，请联系项目管理部门。',
    'en-US':
      'The correction deadline ({deadline}, Beijing time) has passed; the correction can no longer be submitted. Contact the programme office.',
  },
  correction_deadline_invalid: {
    'zh-CN': '退回补正须给出晚于当前时间的补正截止时间（北京时间）。',
    'en-US': 'A return for correction needs a correction deadline in the future (Beijing time).',
  },
  formal_review_not_started: {
    'zh-CN': '该项目尚未开始形式审查。',
    'en-US': 'The formal review of this application has not started.',
  },
  internal_error: {
    'zh-CN': '服务器内部错误，请稍后重试（请求编号 {requestId}）。',
    'en-US': 'Internal error; please try again later (request {requestId}).',
  },
} as const satisfies Record<string, Record<Locale, string>>;

export type ErrorCode = keyof typeof errorMessages;

export function formatErrorMessage(
  code: ErrorCode,
  locale: Locale,
  params: Record<string, string | number> = {},
) {
  return errorMessages[code][locale].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
}

/** Explains a USCC problem in words, for the invalid_uscc message. */
export function describeUsccProblem(
  problem: { kind: string; position?: number; found?: string; expected?: string; length?: number },
  locale: Locale,
): string {
  if (problem.kind === 'length') {
    return locale === 'zh-CN'
      ? `应为18位，实际为${problem.length}位`
      : `it must have 18 characters, not ${problem.length}`;
  }
  if (problem.kind === 'checkCharacter') {
    return locale === 'zh-CN'
      ? `第18位校验码应为“${problem.expected}”，实际为“${problem.found}”`
      : `the check character (18th) should be "${problem.expected}", not "${problem.found}"`;
  }
  return locale === 'zh-CN'
    ? `第${problem.position}位字符“${problem.found}”无效`
    : `character ${problem.position} ("${problem.found}") is not allowed there`;
}
