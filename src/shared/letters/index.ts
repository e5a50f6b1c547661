/**
 * Printed documents as complete HTML strings (strings in, HTML out): the reply letter (答复函), the assignment
 * notice (交办通知), the reminder notice (催办通知) and the rating form (征询意见表). Hosts print them with
 * `printHtml` / `saveHtmlAsPdf`; CSS page size and margins must be honoured (`preferCSSPageSize: true`).
 */
export { escapeHtml } from './html'
export {
  DEFAULT_REPLY_LETTER_LABELS,
  estimateReplyLetterPages,
  renderReplyLetter,
  renderReplyLetters,
  type AddressedLetter,
  type JointReplyLetterData,
  type ReplyLetterData,
  type ReplyLetterLabels,
} from './replyLetter'
export { parseReplyBody, type ReplyBodyBlock } from './replyBody'
export {
  DEFAULT_ASSIGNMENT_NOTICE_LABELS,
  renderAssignmentNotice,
  type AssignmentNoticeData,
  type AssignmentNoticeItem,
  type AssignmentNoticeLabels,
} from './assignmentNotice'
export {
  DEFAULT_REMINDER_NOTICE_LABELS,
  renderReminderNotice,
  type ReminderItem,
  type ReminderNoticeData,
  type ReminderNoticeLabels,
} from './reminderNotice'
export { DEFAULT_RATING_FORM_LABELS, renderRatingForm, type RatingFormData, type RatingFormLabels } from './ratingForm'
