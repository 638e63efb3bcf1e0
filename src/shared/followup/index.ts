/** Follow-up of the tasks the notices assign: states, rows of the library, filters, changes. */
export * from './change';
export * from './facts';
export * from './filter';
export * from './rows';
export * from './schema';
export * from './state';
export * from './text';
