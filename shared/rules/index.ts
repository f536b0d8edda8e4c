// Credential rules: routes, certificate numbers, page matching, working days, deadlines and pass rates.
export * from './route';
export * from './cert-no';
export * from './match';
export * from './workdays';
export * from './deadlines';
export * from './statistics';
export * from './latest-record';
export * from './titles';
export * from './vote';
export * from './credential-state';
export * from './confirm-by-eye';
export * from './plan';
export * from './roster-correction';
