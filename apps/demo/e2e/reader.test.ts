/** The reader's-eye check itself: it must see what is hidden, clipped or missing. */
import { expect, test } from 'vitest';
import { launchBrowser } from './browser.js';
import { readerSees, unseen } from './reader.js';

test('readerSees reports text that is clipped, hidden, or not there', async () => {
  const browser = await launchBrowser();
  const page = await browser.newPage();
  await page.setContent(`<div style="height:1500px"></div><div id="embed"><x-card></x-card></div>
<script>
  document.querySelector('x-card').attachShadow({ mode: 'open' }).innerHTML =
    '<div style="height:40px;overflow:hidden"><p>Visible title</p><p>Clipped summary</p></div>' +
    '<p style="visibility:hidden">Hidden note</p><p>Below the clip, shown</p>';
</script>`);
  const missed = unseen(
    await readerSees(page, '#embed', [
      'Visible title',
      'Clipped summary',
      'Hidden note',
      'Below the clip, shown',
      'Not there',
    ]),
  );
  expect(missed).toEqual([
    { text: 'Clipped summary', found: true, inViewport: true, clippedBy: 'div' },
    { text: 'Hidden note', found: true, inViewport: true, hiddenBy: 'p' },
    { text: 'Not there', found: false, inViewport: false },
  ]);
  await browser.close();
});
