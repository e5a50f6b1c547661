const store = {
  backup: {
    inspectTitle: 'What the backup holds',
    exportedAt: 'Backed up on {{date}}',
    appVersion: 'App version {{version}}',
    counts: '{{suggestions}} suggestions, {{units}} units, {{replies}} replies, {{ratings}} ratings',
    confirmRestore:
      'Restoring replaces all current data with the backup. The current data is backed up first. Restore now?',
    restored: 'Backup restored',
    offerRestoreTitle: 'The database is empty',
    offerRestore: 'A backup from {{date}} was found. Restore it?',
    reasons: {
      manual: 'Manual backup',
      daily: 'Daily backup',
      'before-bulk': 'Before a bulk change',
      'before-restore': 'Before a restore',
    },
  },
  errors: {
    'backup-unreadable': 'The file cannot be read: it is damaged or not a backup',
    'backup-not-ours': 'This file is not a backup of this application',
    'backup-newer-schema':
      'The backup comes from a newer version (data version {{schemaVersion}}); update the app first',
    'backup-invalid': 'The “{{table}}” data in the backup is incomplete',
    'backup-before-restore-failed': 'The current data could not be backed up first; nothing was restored',
    'restore-failed': 'The restore failed; the current data was left unchanged',
    'duplicate-number': 'This session already has suggestion No. {{number}}',
    'session-not-found': 'The session was not found',
    'suggestion-not-found': 'The suggestion was not found',
    'stale-revision': 'Someone else changed this suggestion; reload and try again',
    'change-for-other-suggestion': 'Internal error: the change touches another suggestion',
    'unit-name-required': 'Enter the unit name',
    'unit-name-taken': 'There is already a unit named “{{name}}”',
    'unit-not-found': 'The unit was not found',
    'unit-merge-into-itself': 'A unit cannot be merged into itself',
    'unit-inactive': 'A retired unit cannot be merged again',
    'demo-already-loaded': 'The demo data is already loaded',
    'demo-not-loaded': 'No demo data is loaded',
  },
  demo: {
    load: 'Load demo data',
    remove: 'Remove demo data',
    loadedNotice: 'Demo data is loaded (remove it in the settings)',
  },
}
export default store
