/**
 * Renderer entry, kept small so the first IndexedDB reads start before the app's code has loaded: when the app
 * opens on the suggestion list (#/suggestions), the database opens and the list's first page is read while the
 * browser fetches and evaluates React, antd and the list page (whose chunk is requested here too, in parallel
 * with the shell's). Then `app/boot` renders the app; the list page uses the page already read.
 */
import { primeFirstPage } from './store/useSuggestionList'

const onList = /^#\/suggestions\/?(?:\?|$)/.test(window.location.hash)
if (onList) {
  primeFirstPage()
  // A failed fetch here is retried by the router's own import, which reports it.
  import('./features/suggestions/SuggestionsPage').catch(() => undefined)
}

void import('./app/boot').then(({ boot }) => boot())
