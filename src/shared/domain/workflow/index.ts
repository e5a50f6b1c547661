/**
 * The workflow state machine of DOMAIN.md's lifecycle, as pure commands over a `SuggestionAggregate`.
 *
 * Every command is `(state, input, ctx) => Result<WorkflowChange>` (except `register`, which has no state yet:
 * `(input, ctx)`). A refusal is a coded `DomainError` (all codes in `workflowErrorCodes`); an accepted command
 * returns the records to write and one or more events. Overdue is derived elsewhere, never stored.
 */
import type { Result, WorkflowChange, WorkflowContext } from '../model'
import type { SuggestionAggregate } from './aggregate'
import { approveReturn, assign, denyReturn, reassign, requestReturn, signFor, transferToSuccessor } from './assign'
import {
  approveExtension,
  denyExtension,
  noteProgress,
  recordContact,
  remind,
  requestExtension,
  sendCoOpinion,
} from './handling'
import { close, rate, startRehandling } from './outcome'
import { fulfilPromise, publishReply } from './disclosure'
import { recomputeDueDates } from './recompute'
import { draftReply, sendReply, signOffReply } from './reply'
import { accept, correct, edit, markKey, merge, notAccept, withdraw } from './review'

export * from './aggregate'
export * from './errors'
export * from './assign'
export * from './disclosure'
export * from './handling'
export * from './outcome'
export * from './recompute'
export * from './reply'
export * from './review'

/** The commands that work on an existing suggestion, by name (the board and the command runner use the names). */
export const workflowCommands = {
  edit,
  accept,
  notAccept,
  withdraw,
  merge,
  markKey,
  correct,
  assign,
  signFor,
  requestReturn,
  approveReturn,
  denyReturn,
  reassign,
  transferToSuccessor,
  sendCoOpinion,
  requestExtension,
  approveExtension,
  denyExtension,
  noteProgress,
  recordContact,
  remind,
  draftReply,
  signOffReply,
  sendReply,
  publishReply,
  fulfilPromise,
  rate,
  startRehandling,
  close,
  recomputeDueDates,
} as const

export type WorkflowCommandName = keyof typeof workflowCommands | 'register'

export type WorkflowCommandInput<N extends keyof typeof workflowCommands> = Parameters<(typeof workflowCommands)[N]>[1]

/** Runs a named command; handy for a generic command runner. */
export function runWorkflowCommand<N extends keyof typeof workflowCommands>(
  name: N,
  state: SuggestionAggregate,
  input: WorkflowCommandInput<N>,
  ctx: WorkflowContext,
): Result<WorkflowChange> {
  const command = workflowCommands[name] as (
    s: SuggestionAggregate,
    i: WorkflowCommandInput<N>,
    c: WorkflowContext,
  ) => Result<WorkflowChange>
  return command(state, input, ctx)
}
