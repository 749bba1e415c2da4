export * from './common.js';
export * from './calico.js';
export * from './partner.js';
