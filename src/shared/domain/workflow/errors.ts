/**
 * Every code a workflow command or a board move can refuse with. The UI needs a message (`errors.<code>`) for
 * each one, so they are listed here once and the type is derived from the list.
 */
export const workflowErrorCodes = [
  // any command
  'invalid-stage', // params: stage
  'invalid-assignment-state', // params: state
  'assignment-not-found', // params: assignmentId
  'reason-required',
  'nothing-changed',
  'no-due-date-moved', // recomputeDueDates: the calendar in force gives the same dates
  // register / edit
  'number-required',
  'title-required',
  'lead-deputy-required',
  'unknown-category', // params: category
  'publicity-reason-required',
  // review
  'withdraw-needs-all-signers',
  'merge-into-self',
  // assign, return, reassign, transfer
  'no-units',
  'duplicate-unit', // params: unitId
  'multiple-lead',
  'lead-and-separate-mixed',
  'co-without-lead',
  'people-required',
  'return-too-late', // params: limit
  'return-pending',
  'same-unit',
  'no-open-assignment',
  // co-handlers
  'not-co-handler',
  // extensions
  'not-replying-unit',
  'extension-pending',
  'no-extension-request',
  'extension-not-later', // params: current
  'extension-beyond-cap', // params: cap, requested
  // progress, contacts
  'text-required',
  // replies
  'unknown-result-class', // params: resultClass
  'reply-body-required',
  'promise-required', // params: resultClass
  'explanation-required', // params: resultClass
  'no-reply-draft',
  'signer-required',
  'reply-not-signed-off',
  'reply-already-sent',
  // publication and follow-up (after sending)
  'reply-not-public',
  'reply-already-published', // params: publishedOn
  'date-before-sent', // params: sentOn
  'promise-not-found', // params: index
  'promise-already-fulfilled', // params: fulfilledOn
  // rating, re-handling, close
  'reply-not-sent',
  'already-rated',
  'reasons-required',
  'not-dissatisfied',
  'close-unreplied',
  'close-unrated',
  'close-dissatisfied',
  // board moves
  'move-same-stage',
  'move-not-allowed', // params: from, to
] as const

export type WorkflowErrorCode = (typeof workflowErrorCodes)[number]
