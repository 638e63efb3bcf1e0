export * from './csp';
export * from './policies';
export * from './sender';
export * from './url';
