/**
 * Renderer entry, kept tiny so that everything starts at once: the first screen's IndexedDB reads
 * (`store/readAhead`; on the suggestion list, its first page in a worker of its own), the app's code
 * (`app/boot`: React, antd, the shell) and, on the list (#/suggestions), the list page's code. The browser
 * fetches them in parallel (index.html preloads the start-up chunks, see scripts/vite/startupChunks.ts); the
 * reads run while React and antd are still being evaluated, and the first render finds their answers.
 */
import { readFirstPageInWorker } from './store/firstPageReader'

const hash = window.location.hash
const onList = /^#\/suggestions\/?(?:\?|$)/.test(hash)
const firstPage = onList ? readFirstPageInWorker() : undefined

void import('./store/readAhead').then(({ readAhead }) => readAhead(hash, { firstPage }))
if (onList) {
  // A failed fetch here is retried by the router's own import, which reports it.
  import('./features/suggestions/SuggestionsPage').catch(() => undefined)
}
void import('./app/boot').then(({ boot }) => boot())
