/**
 * `@null-and-void/react`: a React component for every element of `@null-and-void/widgets`
 * (`NvStatement` for `<nv-statement>`, …), with typed event props (`onNvSelect`, `onNvError`, …).
 * Import one from `@null-and-void/react/<element>.js` to load that element only.
 */
export * from './generated/index.js';
