/**
 * 登记 and 审查: registering a suggestion, editing it, and the review outcomes (立案, 不予立案, 撤回, 并案),
 * plus the overlays that apply to the suggestion as a whole (重点督办 marking, corrections).
 *
 * Number normalisation and the search text are the caller's (numbers.ts, search.ts): these commands store what
 * they are given, so the rules for matching numbers live in one place.
 */
import type {
  Assignment,
  AssignmentState,
  Id,
  IsoDate,
  Publicity,
  Result,
  Suggestion,
  SuggestionStage,
  WorkflowChange,
  WorkflowContext,
} from '../model'
import { ok } from '../model'
import type { CommandBase, SuggestionAggregate } from './aggregate'
import {
  businessDay,
  change,
  currentAssignments,
  fail,
  findAssignment,
  isBlank,
  makeEvent,
  requireStage,
  touchAssignment,
  touchSuggestion,
} from './aggregate'

/** The fields of a suggestion an operator enters or imports. */
export interface SuggestionFields {
  sessionId: Id
  numberText: string
  /** Normalised by the caller (`normaliseSuggestionNumber`). */
  number: string
  numberSort: number
  title: string
  content: string
  leadDeputy: string
  coSigners: string[]
  signerCount: number | null
  delegation: string | null
  category: string | null
  receivedOn: IsoDate
  publicity: Publicity
  tags: string[]
  /** Built by the caller (`buildSearchText`). */
  searchText: string
}

/** A unit as an imported file wrote it, and the directory unit it matched at import (null: none). */
export interface ImportedUnit {
  text: string
  unitId: Id | null
}

/**
 * Where an imported suggestion came from: kept on its `registered` event as `data.imported`, so one event
 * records both the registration and its source (older databases have a separate `imported` event instead).
 */
export interface ImportOrigin {
  file: string
  sheet: string | null
  /** 1-based row in the sheet. */
  row: number
  /** The lead and co-handling units as written (the file may name units long before they are assigned). */
  leadUnits: ImportedUnit[]
  coUnits: ImportedUnit[]
  /** The unit list ended with 等. */
  unitsAndOthers: boolean
}

export interface RegisterInput extends SuggestionFields, CommandBase {
  key?: boolean
  /** Set by an import: recorded on the `registered` event as `data.imported`. */
  imported?: ImportOrigin
}

function checkFields(fields: Partial<SuggestionFields>, ctx: WorkflowContext): Result<null> {
  if (fields.number !== undefined && isBlank(fields.number)) return fail('number-required')
  if (fields.title !== undefined && isBlank(fields.title)) return fail('title-required')
  if (fields.leadDeputy !== undefined && isBlank(fields.leadDeputy)) return fail('lead-deputy-required')
  if (fields.category && !ctx.settings.categories.includes(fields.category)) {
    return fail('unknown-category', { category: fields.category })
  }
  if (fields.publicity && !fields.publicity.public && isBlank(fields.publicity.reason)) {
    return fail('publicity-reason-required')
  }
  return ok(null)
}

/**
 * 登记: creates the suggestion (stage `registered`, round 1) and its `registered` event (with `data.imported` when
 * the input names an import origin).
 */
export function register(input: RegisterInput, ctx: WorkflowContext): Result<WorkflowChange> {
  const checked = checkFields(input, ctx)
  if (!checked.ok) return checked
  const suggestion: Suggestion = {
    id: ctx.newId(),
    sessionId: input.sessionId,
    numberText: input.numberText,
    number: input.number,
    numberSort: input.numberSort,
    title: input.title.trim(),
    content: input.content,
    leadDeputy: input.leadDeputy.trim(),
    coSigners: input.coSigners,
    signerCount: input.signerCount,
    delegation: input.delegation,
    category: input.category,
    receivedOn: input.receivedOn,
    publicity: input.publicity,
    key: input.key ?? false,
    tags: input.tags,
    stage: 'registered',
    stageReason: null,
    handledAsLetter: false,
    mergedIntoId: null,
    round: 1,
    searchText: input.searchText,
    createdAt: ctx.now,
    updatedAt: ctx.now,
    revision: 1,
  }
  const event = makeEvent(ctx, suggestion.id, 'registered', {
    on: businessDay(input, ctx),
    data: {
      number: input.number,
      numberText: input.numberText,
      ...(input.imported ? { imported: input.imported } : {}),
    },
  })
  return ok(change({ suggestion, events: [event] }))
}

export interface EditInput extends CommandBase {
  fields: Partial<SuggestionFields>
  reason?: string | null
}

/** Edits the entered fields; the event carries `{ changes: { field: { from, to } } }` for each changed field. */
export function edit(state: SuggestionAggregate, input: EditInput, ctx: WorkflowContext): Result<WorkflowChange> {
  const checked = checkFields(input.fields, ctx)
  if (!checked.ok) return checked
  const before = state.suggestion as unknown as Record<string, unknown>
  const changes: Record<string, { from: unknown; to: unknown }> = {}
  for (const [field, value] of Object.entries(input.fields)) {
    if (value === undefined) continue
    if (JSON.stringify(before[field]) !== JSON.stringify(value)) changes[field] = { from: before[field], to: value }
  }
  // The search text follows the other fields; a change to it alone is not an edit anyone asked for.
  const visible = Object.keys(changes).filter((f) => f !== 'searchText')
  if (visible.length === 0) return fail('nothing-changed')
  const suggestion = touchSuggestion(state.suggestion, ctx, input.fields as Partial<Suggestion>)
  const event = makeEvent(ctx, suggestion.id, 'edited', {
    on: businessDay(input, ctx),
    reason: input.reason ?? null,
    data: { changes: Object.fromEntries(visible.map((f) => [f, changes[f]])) },
  })
  return ok(change({ suggestion, events: [event] }))
}

/** 立案. */
export function accept(state: SuggestionAggregate, input: CommandBase, ctx: WorkflowContext): Result<WorkflowChange> {
  const stage = requireStage(state, ['registered'])
  if (!stage.ok) return stage
  const suggestion = touchSuggestion(state.suggestion, ctx, { stage: 'accepted', stageReason: null })
  const event = makeEvent(ctx, suggestion.id, 'accepted', { on: businessDay(input, ctx) })
  return ok(change({ suggestion, events: [event] }))
}

export interface NotAcceptInput extends CommandBase {
  reason: string
  /** 转来信处理 */
  handledAsLetter?: boolean
}

/** 不予立案, before any assignment. */
export function notAccept(
  state: SuggestionAggregate,
  input: NotAcceptInput,
  ctx: WorkflowContext,
): Result<WorkflowChange> {
  const stage = requireStage(state, ['registered', 'accepted'])
  if (!stage.ok) return stage
  if (isBlank(input.reason)) return fail('reason-required')
  const handledAsLetter = input.handledAsLetter ?? false
  const suggestion = touchSuggestion(state.suggestion, ctx, {
    stage: 'not-accepted',
    stageReason: input.reason,
    handledAsLetter,
  })
  const event = makeEvent(ctx, suggestion.id, 'not-accepted', {
    on: businessDay(input, ctx),
    reason: input.reason,
    data: { handledAsLetter },
  })
  return ok(change({ suggestion, events: [event] }))
}

export interface WithdrawInput extends CommandBase {
  reason: string
  /** Required for a joint suggestion (co-signers named, or more than one signer counted). */
  allSignersAgreed?: boolean
}

function isJoint(suggestion: Suggestion): boolean {
  return suggestion.coSigners.length > 0 || (suggestion.signerCount ?? 1) > 1
}

/**
 * 撤回 in writing, before a reply is sent. Open assignments end as 'closed' (the event lists them): the units
 * stop handling it.
 */
export function withdraw(
  state: SuggestionAggregate,
  input: WithdrawInput,
  ctx: WorkflowContext,
): Result<WorkflowChange> {
  const stage = requireStage(state, ['registered', 'accepted', 'assigned'])
  if (!stage.ok) return stage
  if (isBlank(input.reason)) return fail('reason-required')
  if (isJoint(state.suggestion) && input.allSignersAgreed !== true) return fail('withdraw-needs-all-signers')
  const ended = currentAssignments(state)
    .filter((a) => a.state !== 'closed' && a.state !== 'opinion-sent')
    .map((a) => touchAssignment(a, ctx, { state: 'closed' }))
  const suggestion = touchSuggestion(state.suggestion, ctx, { stage: 'withdrawn', stageReason: input.reason })
  const event = makeEvent(ctx, suggestion.id, 'withdrawn', {
    on: businessDay(input, ctx),
    reason: input.reason,
    data: { allSignersAgreed: input.allSignersAgreed ?? false, endedAssignmentIds: ended.map((a) => a.id) },
  })
  return ok(change({ suggestion, assignments: ended, events: [event] }))
}

export interface MergeInput extends CommandBase {
  /** The suggestion that answers for this one (checked to exist by the caller). */
  intoId: Id
  /** Shown in history, e.g. the other suggestion's number. */
  intoNumber?: string | null
  reason?: string | null
}

/** 并案 into another suggestion, before assignment. */
export function merge(state: SuggestionAggregate, input: MergeInput, ctx: WorkflowContext): Result<WorkflowChange> {
  const stage = requireStage(state, ['registered', 'accepted'])
  if (!stage.ok) return stage
  if (input.intoId === state.suggestion.id) return fail('merge-into-self')
  const suggestion = touchSuggestion(state.suggestion, ctx, {
    stage: 'merged',
    mergedIntoId: input.intoId,
    stageReason: input.reason ?? null,
  })
  const event = makeEvent(ctx, suggestion.id, 'merged', {
    on: businessDay(input, ctx),
    reason: input.reason ?? null,
    data: { intoId: input.intoId, intoNumber: input.intoNumber ?? null },
  })
  return ok(change({ suggestion, events: [event] }))
}

export interface MarkKeyInput extends CommandBase {
  key: boolean
  reason?: string | null
}

/** 重点督办 on or off. */
export function markKey(state: SuggestionAggregate, input: MarkKeyInput, ctx: WorkflowContext): Result<WorkflowChange> {
  if (state.suggestion.key === input.key) return fail('nothing-changed')
  const suggestion = touchSuggestion(state.suggestion, ctx, { key: input.key })
  const event = makeEvent(ctx, suggestion.id, 'key-marked', {
    on: businessDay(input, ctx),
    reason: input.reason ?? null,
    data: { key: input.key },
  })
  return ok(change({ suggestion, events: [event] }))
}

export interface CorrectInput extends CommandBase {
  reason: string
  /** Set the suggestion back (or on) to this stage, e.g. reopen a closed one as 'assigned'. */
  stage?: SuggestionStage
  /** Set assignments to these states, e.g. a closed assignment back to 'replied'. */
  assignments?: Array<{ assignmentId: Id; state: AssignmentState }>
}

/**
 * A correction (e.g. reopening a wrongly closed suggestion): states are set as stated and one `corrected`
 * event records every from → to with the reason. Nothing is deleted; the earlier events stay.
 */
export function correct(state: SuggestionAggregate, input: CorrectInput, ctx: WorkflowContext): Result<WorkflowChange> {
  if (isBlank(input.reason)) return fail('reason-required')
  const assignments: Assignment[] = []
  const assignmentChanges: Array<{ id: Id; from: AssignmentState; to: AssignmentState }> = []
  for (const wanted of input.assignments ?? []) {
    const found = findAssignment(state, wanted.assignmentId)
    if (!found.ok) return found
    if (found.value.state === wanted.state) continue
    assignments.push(touchAssignment(found.value, ctx, { state: wanted.state }))
    assignmentChanges.push({ id: found.value.id, from: found.value.state, to: wanted.state })
  }
  const stageChanged = input.stage !== undefined && input.stage !== state.suggestion.stage
  if (!stageChanged && assignments.length === 0) return fail('nothing-changed')
  const suggestion = touchSuggestion(state.suggestion, ctx, stageChanged ? { stage: input.stage } : {})
  const event = makeEvent(ctx, suggestion.id, 'corrected', {
    on: businessDay(input, ctx),
    reason: input.reason,
    data: {
      stage: stageChanged ? { from: state.suggestion.stage, to: input.stage } : null,
      assignments: assignmentChanges,
    },
  })
  return ok(change({ suggestion, assignments, events: [event] }))
}
