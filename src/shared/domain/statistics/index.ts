/**
 * Statistics of DOMAIN.md ("Statistics (definitions)") over plain arrays of records, as of a day.
 *
 * ## Use
 * ```ts
 * const facts = prepareStatistics({ records, asOf: '2026-12-31', period: { from: '2026-01-01', to: '2026-12-31' },
 *                                   settings })                      // one linear pass; reuse it for every table
 * suggestionFigures(facts)                 // office-wide figures, basis 'suggestion'
 * partFigures(facts)                       // the same over units' parts, basis 'part'
 * partFiguresBy(facts, 'unit')             // unit table; also 'unit-role' | 'category' | 'delegation' | 'session' | 'year'
 * suggestionFiguresBy(facts, 'year')       // also 'category' | 'delegation' | 'session'
 * unitLeague(facts)                        // league table with the settings' weights (Settings.statistics)
 * ```
 * Inputs: `records` (suggestions, assignments, replies, ratings, contacts and the events of
 * `statisticsEventTypes`), `asOf` (the day the figures are true at), `period` (which handling is counted: parts
 * whose own assignment day and suggestions whose first 交办 day fall in it; null = all), `settings` (result
 * classes and their order, `statistics.leagueWeights`, `statistics.solvedClass`). No calendar is needed: every
 * due date is stored with its rule, and the figures read the stored dates and the events, never recompute them.
 *
 * Output: `Figures`, each figure a `Figure` = { basis, value, numerator, denominator, ids, partIds,
 * denominatorIds, denominatorPartIds } — `ids` are the suggestions behind the numerator (click-through),
 * `partIds` the parts (first assignment ids) for basis 'part'. Rates are fractions 0–1, null over 0.
 *
 * ## What is counted
 * - Withdrawn, not-accepted and merged suggestions owe nothing: they are in no figure from the day of that event
 *   (listed in `facts.excluded`). A merged suggestion appears through its host (`Figures.merged`, `mergedIds`).
 * - A part is a unit's responsibility for a suggestion (lead, separate or co), through its re-handling rounds and
 *   a hand-over to a successor unit. An approved return (or the office moving it) ends the part: from the
 *   return day it is in nobody's figures; the unit that receives it has its own part from its own assignment
 *   day. A suggestion split among three separate units is three parts and one suggestion.
 * - Co-handler parts count only in coAssigned / coOverdue; every other figure counts lead and separate parts.
 *
 * ## As of a day
 * Nothing dated after `asOf` is seen. A part's state on `asOf` is rebuilt from dates: its assignment (or
 * hand-over) day, replies' `sentOn`, ratings' `ratedOn`, contacts' `on`, and the events' business days for
 * withdrawal / merge / not-accepted, approved return, extension approved (and recomputed due dates), co-opinion
 * sent and 办结 (`closed`, undone by a correction). Today's record states are not read, except as a stated
 * fallback when an event is missing (timeline.ts).
 *
 * ## Definitions (per part; suggestions combine their parts as figures.ts says)
 * - 交办数 `assigned`: parts assigned by `asOf` that still count.
 * - 办复率 `replyRate` = first reply sent ÷ assigned.
 * - 按时办复率 `onTimeRate` = first reply sent on or before the first-round due date in force on the day it was
 *   sent (after extensions approved by then) ÷ replies due or made (sent, or unsent with the due date before
 *   `asOf`).
 * - 满意率 `satisfactionRate` = (满意 + 基本满意) ÷ rated, on the latest rating by `asOf`; `satisfiedRate` (满意
 *   alone); `verdicts` (each level ÷ rated); 初次办理满意率 `firstRoundSatisfactionRate` on round-1 ratings;
 *   `meanScore`; 未反馈 `unrated` = replied without any rating by `asOf` (rated + unrated = replied); `noAnswer`
 *   = settled by the office under the no-answer rule (closed as 未反馈, or counted as the rule's verdict). A
 *   corrected rating (`correctsId`) replaces the one it corrects.
 * - `classes` (A/B/C/D… ÷ replied, latest reply sent); 解决率 `solveRate` = solved class ÷ replied.
 * - 见面率 `faceToFaceRate` = a face-to-face contact record, or the deputy's answer 当面 on a rating form, by
 *   `asOf` ÷ assigned.
 * - 办结率 `closeRate` = closed by `asOf` (the suggestion's `closed` event, or the part closed as 未反馈) ÷ assigned; `rehandled` = a round 2 or later started by `asOf`;
 *   `overdue` = the current round's due date in force on `asOf` is before `asOf` and its reply was not sent.
 */
export { statisticsEventTypes } from './timeline'
export { prepareStatistics } from './parts'
export { partFigures, suggestionFigures, figureOfParts, figureOfSuggestions } from './figures'
export { partFiguresBy, suggestionFiguresBy, unitRoleOf } from './grouping'
export { leagueMeasures, leagueScore, unitLeague } from './league'
export type { LeagueOptions, LeagueWeights } from './league'
export type {
  Basis,
  Figure,
  Figures,
  GroupRow,
  LeagueRow,
  PartDimension,
  PartFacts,
  Period,
  StatisticsFacts,
  StatisticsInput,
  StatisticsRecords,
  StatisticsSettingsInput,
  SuggestionDimension,
  SuggestionFacts,
} from './types'
