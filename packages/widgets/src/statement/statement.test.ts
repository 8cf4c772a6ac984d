import { catalog } from '@null-and-void/statements';
import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations } from '../../test/axe.js';
import { cleanup, mount, settled, shadowText } from '../../test/helpers.js';
import '../define/statement.js';
import type { NvStatement } from './statement.js';

afterEach(cleanup);

const nato = catalog.get('nato-2022-09-22');

describe('nv-statement: defaults', () => {
  it('shows the card: kind, date, title, issuer, summary, first quote and source link', async () => {
    const el = mount<NvStatement>('<nv-statement statement="nato-2022-09-22"></nv-statement>');
    await settled(el);
    const text = shadowText(el);
    expect(text).toContain(nato.title.en);
    expect(text).toContain(nato.summary.en);
    expect(text).toContain(nato.quotes[0]!.text);
    expect(text).toContain('Press release');
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="link"]')!;
    expect(link.href).toBe(nato.source.url);
    expect(link.rel).toBe('noopener noreferrer');
  });
});

describe('nv-statement: accessibility', () => {
  for (const theme of ['light', 'dark'] as const) {
    for (const lang of ['en', 'uk'] as const) {
      it(`has no axe violations (${lang}, ${theme})`, async () => {
        const el = mount<NvStatement>(
          `<nv-statement statement="nato-2022-09-22" lang="${lang}" theme="${theme}"></nv-statement>`,
        );
        await settled(el);
        expect(await axeViolations(el)).toEqual([]);
      });
    }
  }
});
