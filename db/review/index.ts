/** Review before publishing (REVIEW_REQUIRED=1): drafts, their diff, and the approve / reject verbs. */
export { reviewRequired } from "./setting";
export { countPendingDrafts, getDraft, isDraft, listPendingDrafts, listReviewedDrafts, type DraftSaved, type ReviewDraft, type Saved } from "./drafts";
export { withDraftChanges, type DraftStatement, type DraftWithChanges } from "./changes";
export { approveDraft, rejectDraft, SelfApprovalError } from "./verbs";
