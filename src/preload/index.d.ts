/** Types the preload gives the renderer (tsconfig.web.json includes src/preload/*.d.ts): `window.host`. */
import './hostWindow'

export {}
