/**
 * Every schema version in order. Dexie needs all of them declared (oldest first) to upgrade an old database.
 */
import type Dexie from 'dexie'
import { V1_STORES } from './v1'
import { V2_STORES } from './v2'

export const SCHEMA_VERSION = 2

/** The tables and indexes of the current version. */
export const CURRENT_STORES = V2_STORES
export type TableName = keyof typeof CURRENT_STORES

export function declareSchema(db: Dexie): void {
  db.version(1).stores(V1_STORES)
  // Indexes dropped, records unchanged: no upgrade function (see schema/v2.ts).
  db.version(2).stores(V2_STORES)
  // Next: db.version(3).stores(V3_STORES).upgrade(upgradeToV3)  — see schema/v1.ts header.
}
