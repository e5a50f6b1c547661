/** Ids for new records: ULIDs, sortable by creation time, unique across workstations. */
import { ulid } from 'ulid'

export const newId = (): string => ulid()
