/** The app's one router instance. Hash routing because the bundle is served from a file-like app:// URL. */
import { createHashRouter } from 'react-router-dom'
import { routes } from './routes'

export const router = createHashRouter(routes)
