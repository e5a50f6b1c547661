/**
 * Renderer entry, kept tiny so that everything starts at once: the first screen's IndexedDB reads
 * (`store/readAhead`), the app's code (`app/boot`: React, antd, the shell) and, when the app opens on the
 * suggestion list (#/suggestions), the list page's code. The browser fetches the three in parallel; the reads
 * run while React and antd are still being evaluated, and the first render finds their answers.
 */
const hash = window.location.hash

void import('./store/readAhead').then(({ readAhead }) => readAhead(hash))
if (/^#\/suggestions\/?(?:\?|$)/.test(hash)) {
  // A failed fetch here is retried by the router's own import, which reports it.
  import('./features/suggestions/SuggestionsPage').catch(() => undefined)
}
void import('./app/boot').then(({ boot }) => boot())
