import type { RecommendationLetterInput } from './recommendation-document.types';
import { formatChineseDate, formatDirection, formatWan, roundWan, sumWan } from './recommendation-format';

/**
 * The wording of the recommendation letter (推荐函), decided once so that the .docx and the PDF say exactly the
 * same thing; each renderer only lays it out. The structure follows a Chinese government letter: title,
 * addressee, body, list, closing, then the sender and date at the bottom right where the seal goes.
 */
export interface RecommendationLetterContent {
  title: string;
  /** "浙江省科学技术厅：" */
  addressee: string;
  /** the paragraph that introduces the list of projects */
  opening: string;
  table: {
    header: string[];
    rows: string[][];
    /** the last row: "合计" and the total funding */
    total: string[];
  };
  /** the paragraphs after the list, the last one being the closing formula */
  closing: string[];
  signature: {
    recommender: string;
    /** the marked place for the seal */
    seal: string;
    /** "2024年9月24日" */
    date: string;
  };
  /** "（联系人：张培锋，联系电话：0571-87054743）" */
  contact: string;
  /** for document properties */
  subject: string;
}

/** The letter's table header, also the columns the renderers size. */
export const letterTableHeader = ['序号', '项目名称', '申报单位', '指南方向', '申请财政经费（万元）'];

/**
 * Decides the letter's words from its input. Throws when there is nothing to recommend (a letter for zero
 * projects is a mistake upstream, not a document) or when an amount is not a finite number.
 */
export function composeRecommendationLetter(input: RecommendationLetterInput): RecommendationLetterContent {
  const { applications, call, contact, recommender } = input;
  if (applications.length === 0) {
    throw new Error('A recommendation letter needs at least one application to recommend.');
  }
  const amounts = applications.map((application, index) =>
    roundWan(application.publicFundingWan, `申请财政经费 of project ${index + 1}`),
  );
  const total = formatWan(sumWan(amounts));
  const callTitle = call.title.trim().replace(/^《(.*)》$/, '$1');
  return {
    title: '推荐函',
    addressee: `${call.issuer.trim()}：`,
    opening:
      `根据《${callTitle}》要求，经我单位组织申报、审核把关，现推荐以下${applications.length}个项目` +
      `（申请财政经费合计${total}万元），具体如下：`,
    table: {
      header: letterTableHeader,
      rows: applications.map((application, index) => [
        String(index + 1),
        application.projectName.trim(),
        application.leadOrganisation.trim(),
        formatDirection(application.direction),
        formatWan(amounts[index] ?? 0),
      ]),
      total: ['合计', `共${applications.length}项`, '', '', total],
    },
    closing: [
      '我单位已对申报材料的真实性进行审核，并对申报单位的申报资格、推荐限额等进行了审查，' +
        '所推荐项目符合申报要求。我单位对推荐意见负责。',
      '特此推荐。',
    ],
    signature: {
      recommender: recommender.name.trim(),
      seal: '（盖章）',
      date: formatChineseDate(input.date),
    },
    contact: `（联系人：${contact.name.trim()}，联系电话：${contact.phone.trim()}）`,
    subject: callTitle,
  };
}
