import axe from 'axe-core';
import { it } from 'vitest';

/** axe-core's WCAG 2.x A/AA and best-practice violations inside an element (shadow DOM included). */
export async function axeViolations(element: Element): Promise<string[]> {
  const result = await axe.run(element, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    resultTypes: ['violations'],
  });
  return result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`,
  );
}

/** Each language a widget writes in each of its themes: the looks it is checked in. */
export const LOOKS = (['light', 'dark'] as const).flatMap((theme) =>
  (['en', 'uk'] as const).map((lang) => ({ lang, theme })),
);

/**
 * One test a look, named `has no axe violations (lang, theme)`: `check` mounts the widget in that
 * look, brings it to each state worth checking, and expects `axeViolations` empty in each.
 */
export function itHasNoAxeViolations(check: (look: (typeof LOOKS)[number]) => Promise<void>): void {
  for (const look of LOOKS) {
    it(`has no axe violations (${look.lang}, ${look.theme})`, () => check(look));
  }
}
