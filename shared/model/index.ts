export * from './field';
export * from './id-number';
export * from './credential';
export * from './applicant';
export * from './report-fields';
export * from './record';
export * from './backup';
export * from './page-read';
