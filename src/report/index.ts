export * from './finding.js';
export * from './rules.js';
export * from './budget.js';
export * from './annotations.js';
export * from './summary.js';
export * from './sarif.js';
export * from './json.js';
export * from './text.js';
