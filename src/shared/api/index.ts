export * from './contract';
export * from './errors';
export * from './access';
export * from './schemas/accounts';
export * from './schemas/settings';
export * from './schemas/documents';
export * from './schemas/audit';
