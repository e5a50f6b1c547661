/**
 * Every schema version in order. Dexie needs all of them declared (oldest first) to upgrade an old database.
 */
import type Dexie from 'dexie'
import { V1_STORES } from './v1'

export const SCHEMA_VERSION = 1

export function declareSchema(db: Dexie): void {
  db.version(1).stores(V1_STORES)
  // Next: db.version(2).stores(V2_STORES).upgrade(upgradeToV2)  — see schema/v1.ts header.
}
