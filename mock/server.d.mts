export * from './prism.mjs';
