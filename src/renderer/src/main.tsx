/**
 * Renderer entry, kept tiny so that everything starts at once: the first screen's IndexedDB reads
 * (`store/readAhead`; the list's first page or the board's first screen in a worker of its own), the app's code
 * (`app/boot`: React, antd, the shell) and the first page's code when the app opens on the list or the board.
 * The browser fetches them in parallel (index.html preloads the start-up chunks, see
 * scripts/vite/startupChunks.ts); the reads run while React and antd are still being evaluated, and the first
 * render finds their answers.
 */
import { readInStartupWorker } from './store/startupWorkerClient'

const hash = window.location.hash
const onList = /^#\/suggestions\/?(?:\?|$)/.test(hash)
const onBoard = /^#\/board\/?(?:\?|$)/.test(hash)
const early = {
  firstPage: onList ? readInStartupWorker('firstPage') : undefined,
  boardFirstScreen: onBoard ? readInStartupWorker('boardFirstScreen') : undefined,
}

void import('./store/readAhead').then(({ readAhead }) => readAhead(hash, early))
// A failed fetch here is retried by the router's own import, which reports it.
if (onList) import('./features/suggestions/SuggestionsPage').catch(() => undefined)
if (onBoard) import('./features/board/BoardPage').catch(() => undefined)
void import('./app/boot').then(({ boot }) => boot())
