/**
 * The chain of parts a reassignment, a transfer or a re-handling round makes: each new part points back to the
 * one it replaced (`previousId`), so the whole history of one unit's part can be walked both ways.
 */
import type { Assignment } from '@shared/domain/model'

/** The chain this part belongs to, oldest first (previous links, then the parts that replaced it). */
export function assignmentChain(all: readonly Assignment[], a: Assignment): Assignment[] {
  const chain: Assignment[] = [a]
  let previous = a.previousId
  while (previous) {
    const found = all.find((x) => x.id === previous)
    if (!found || chain.includes(found)) break
    chain.unshift(found)
    previous = found.previousId
  }
  let next = all.find((x) => x.previousId === chain.at(-1)!.id)
  while (next && !chain.includes(next)) {
    chain.push(next)
    next = all.find((x) => x.previousId === next!.id)
  }
  return chain
}
