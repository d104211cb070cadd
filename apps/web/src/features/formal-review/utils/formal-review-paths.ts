/** Paths of the programme office's formal review pages. */
export const formalReviewPaths = {
  list: '/formal-reviews',
  review: '/formal-reviews/:id',
} as const;

export const reviewPath = (id: string) => `/formal-reviews/${encodeURIComponent(id)}`;

/** The application's documents, downloaded by the browser with the session cookie. */
export const applicationPdfUrl = (id: string) => `/api/v1/applications/${encodeURIComponent(id)}/pdf`;
export const attachmentFileUrl = (id: string, attachmentId: string) =>
  `/api/v1/applications/${encodeURIComponent(id)}/attachments/${encodeURIComponent(attachmentId)}/file`;
