/**
 * Web Worker entry of the import preview: runs the pipeline off the UI thread, posts progress, honours a cancel
 * message between batches of rows. It writes nothing; the UI commits a plan built from the preview.
 */
import { previewImportFile } from './read/importJob'
import { createImportWorkerHandler, type ImportWorkerMessage, type ImportWorkerRequest } from './read/workerProtocol'

const scope = self as unknown as {
  postMessage: (message: ImportWorkerMessage) => void
  addEventListener: (type: 'message', listener: (event: MessageEvent<ImportWorkerRequest>) => void) => void
}
const handle = createImportWorkerHandler((message) => scope.postMessage(message), previewImportFile)
scope.addEventListener('message', (event) => void handle(event.data))
