/** Paths of the recommender's pages; the chosen call travels in `?callId=`. */
export const recommendationPaths = {
  workspace: '/recommendations',
  batch: '/recommendation-batch',
} as const;

export const withCall = (path: string, callId: string | null) =>
  callId ? `${path}?${new URLSearchParams({ callId }).toString()}` : path;
