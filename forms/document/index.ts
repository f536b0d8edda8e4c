export * from './model';
export * from './resolve';
export * from './grid';
export * from './signature';
export * from './resolved';
