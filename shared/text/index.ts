export * from './fold'
export * from './sortKey'
export * from './taxNumber'
export * from './clean'
