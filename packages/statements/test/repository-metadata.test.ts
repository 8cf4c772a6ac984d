/**
 * The repository's CITATION.cff is valid Citation File Format 1.2.0 (the official JSON Schema,
 * as cffjs ships it, with ajv), and .zenodo.json says the same as it: title, creators, licence,
 * keywords. GitHub's "Cite this repository" and Zenodo's archiving read these two files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateCFF } from 'cffjs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { packageRoot } from './helpers.js';

const root = join(packageRoot, '..', '..');
const cff = parse(readFileSync(join(root, 'CITATION.cff'), 'utf8')) as Record<string, unknown>;
const zenodo = JSON.parse(readFileSync(join(root, '.zenodo.json'), 'utf8')) as Record<
  string,
  unknown
>;

// The fields Zenodo's deposit API documents for this file, and the values it accepts.
const ZENODO_UPLOAD_TYPES = [
  'publication',
  'poster',
  'presentation',
  'dataset',
  'image',
  'video',
  'software',
  'lesson',
  'physicalobject',
  'other',
];

describe('CITATION.cff', () => {
  it('validates against the CFF 1.2.0 schema', () => {
    expect(() => validateCFF(structuredClone(cff))).not.toThrow();
  });

  it('fails the schema when a required field is missing (the check can fail)', () => {
    const { authors: _, ...withoutAuthors } = cff;
    expect(() => validateCFF(withoutAuthors)).toThrow(/authors/);
  });

  it('gives the licences of LICENSE and LICENSE-DATA', () => {
    expect(cff.license).toEqual(['CC-BY-4.0', 'MIT']);
    expect(readFileSync(join(root, 'LICENSE-DATA'), 'utf8')).toContain('CC BY 4.0');
    expect(readFileSync(join(root, 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
  });
});

describe('.zenodo.json', () => {
  it('has what a Zenodo deposit requires', () => {
    expect(ZENODO_UPLOAD_TYPES).toContain(zenodo.upload_type);
    expect(String(zenodo.description).length).toBeGreaterThan(100);
    expect(zenodo.access_right).toBe('open');
  });

  it('says what CITATION.cff says', () => {
    expect(zenodo.title).toBe(cff.title);
    expect(zenodo.upload_type).toBe(cff.type);
    expect(zenodo.creators).toEqual(cff.authors);
    expect(zenodo.keywords).toEqual(cff.keywords);
    expect(String(zenodo.license).toUpperCase()).toBe((cff.license as string[])[0]);
    expect(zenodo.description).toContain(String(cff.abstract).slice(0, 60));
  });
});
