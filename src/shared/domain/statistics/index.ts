/** Statistics of DOMAIN.md over plain arrays of records, as of a day. */
export * from './cases'
export * from './grouping'
export * from './indicators'
export * from './league'
