/** Size limits both hosts enforce (kept apart from schemas.ts so the renderer does not bundle zod for them). */

/** 100 MB: the largest file the hosts read or write in one call (workbooks, backups). */
export const MAX_FILE_BYTES = 100 * 1024 * 1024
/** 50 M characters: far beyond any letter batch, small enough to refuse a runaway string. */
export const MAX_HTML_CHARS = 50 * 1024 * 1024
