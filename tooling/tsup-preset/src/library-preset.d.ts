import type { Options } from 'tsup';

/** The build options the published libraries share (the values and why: `library-preset.js`). */
export declare const libraryPreset: Options;
