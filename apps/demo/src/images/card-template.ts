/**
 * The share images' layouts, as satori element trees: 1200×630, the site's light colours, its
 * serif for titles, the ∅ mark and "Null & Void" at the foot. Texts are broken into lines here
 * (see text-fit.ts), one element per line, so that nothing runs out of its box.
 */
import { type Face, fontFamily, type Weight } from './fonts.js';
import type {
  PageCard,
  QuoteCard,
  RecordCard,
  ShareCard,
  StatementCard,
  TallyCard,
} from './share-card.js';
import type { FitOptions, Fitted, TextMeasure } from './text-fit.js';

export const WIDTH = 1200;
export const HEIGHT = 630;
const BAND = 10;
const PAD = { top: 46, x: 72, bottom: 40 };
const FOOTER = { rule: 2, gap: 20, height: 54 };
const INNER = WIDTH - 2 * PAD.x;
/** The height left for a card's content above the footer, with a gap before its rule. */
const CONTENT =
  HEIGHT - BAND - PAD.top - PAD.bottom - FOOTER.rule - FOOTER.gap - FOOTER.height - 24;

/** The site's light theme (src/styles/site.css). */
export const COLOURS = {
  bg: '#f8f6f1',
  surface2: '#efece4',
  text: '#1c1b19',
  muted: '#55524b',
  line: '#d9d4c7',
  accent: '#9e1b1b',
  yes: '#1f6f43',
  no: '#a3231f',
  abstain: '#8a6d12',
  absent: '#6b6b6b',
} as const;

/** An element as satori reads it (the shape of a React element). */
export interface Node {
  type: string;
  props: { style: Record<string, unknown>; children?: unknown; src?: string };
}

type Style = Record<string, unknown>;

function h(type: string, style: Style, children?: unknown, props = {}): Node {
  return { type, props: { ...props, style: { display: 'flex', ...style }, children } };
}

interface TextBlock {
  face: Face;
  weight: Weight;
  lineHeight: number;
  color: string;
}

const KICKER: TextBlock = { face: 'sans', weight: 600, lineHeight: 1.3, color: COLOURS.accent };
const TITLE: TextBlock = { face: 'serif', weight: 700, lineHeight: 1.15, color: COLOURS.text };
const QUOTE: TextBlock = { face: 'serif', weight: 400, lineHeight: 1.3, color: COLOURS.text };
const STRONG: TextBlock = { face: 'sans', weight: 600, lineHeight: 1.3, color: COLOURS.text };
const BODY: TextBlock = { face: 'sans', weight: 400, lineHeight: 1.4, color: COLOURS.muted };

/** A text set in a block, ready to draw, and the height it takes. */
interface Set {
  node: Node;
  height: number;
}

function set(
  measure: TextMeasure,
  text: string,
  block: TextBlock,
  width: number,
  steps: FitOptions['steps'],
): Set & { fitted: Fitted } {
  const fitted = measure.fit(text, { face: block.face, weight: block.weight, width, steps });
  const node = h(
    'div',
    {
      flexDirection: 'column',
      fontFamily: fontFamily(block.face),
      fontWeight: block.weight,
      fontSize: fitted.size,
      lineHeight: block.lineHeight,
      color: block.color,
    },
    fitted.lines.map((line) => h('div', { whiteSpace: 'pre' }, line)),
  );
  return { node, fitted, height: fitted.lines.length * fitted.size * block.lineHeight };
}

/** Lines of `size` px that fit in `room` px of height, at most `max`. */
function linesIn(room: number, size: number, block: TextBlock, max: number): number {
  return Math.max(0, Math.min(max, Math.floor(room / (size * block.lineHeight))));
}

/** Parts one under the other, with a gap above each part after the first. */
function stack(parts: readonly (Set & { gap?: number })[]): Set {
  const shown = parts.filter((p) => p.height > 0);
  return {
    node: h(
      'div',
      { flexDirection: 'column' },
      shown.map((p, i) => h('div', { marginTop: i ? (p.gap ?? 0) : 0 }, p.node)),
    ),
    height: shown.reduce((sum, p, i) => sum + p.height + (i ? (p.gap ?? 0) : 0), 0),
  };
}

function footer(card: ShareCard, mark: string, note?: Node): Node {
  const brand = h('div', { alignItems: 'center' }, [
    h('img', { width: 44, height: 44, marginRight: 16 }, undefined, { src: mark }),
    h(
      'div',
      { fontFamily: fontFamily('serif'), fontWeight: 700, fontSize: 30, color: COLOURS.text },
      card.site,
    ),
  ]);
  return h(
    'div',
    {
      alignItems: 'center',
      justifyContent: 'space-between',
      borderTop: `${FOOTER.rule}px solid ${COLOURS.line}`,
      paddingTop: FOOTER.gap,
      height: FOOTER.height,
    },
    note ? [brand, note] : [brand],
  );
}

function frame(content: Node, foot: Node): Node {
  return h(
    'div',
    {
      width: WIDTH,
      height: HEIGHT,
      flexDirection: 'column',
      background: COLOURS.bg,
      fontFamily: fontFamily('sans'),
    },
    [
      // A band in the text colour across the top, as a box: a border would cost a clip path.
      h('div', { width: WIDTH, height: BAND, background: COLOURS.text }),
      h(
        'div',
        {
          flexDirection: 'column',
          flexGrow: 1,
          padding: `${PAD.top}px ${PAD.x}px ${PAD.bottom}px`,
        },
        [h('div', { flexDirection: 'column', flexGrow: 1 }, content), foot],
      ),
    ],
  );
}

const kicker = (measure: TextMeasure, text: string) => set(measure, text, KICKER, INNER, [[24, 1]]);

/** The note at the right of the footer, in one line beside the brand. */
const footNote = (measure: TextMeasure, text: string) =>
  set(measure, text, { ...BODY, lineHeight: 1.3 }, INNER - 340, [[22, 1]]).node;

function statementTemplate(card: StatementCard, measure: TextMeasure, mark: string): Node {
  const head = stack([
    kicker(measure, card.kicker),
    {
      ...set(measure, card.title, TITLE, INNER, [
        [58, 3],
        [52, 3],
        [46, 3],
        [42, 3],
        [40, 4],
      ]),
      gap: 12,
    },
    { ...set(measure, card.byline, STRONG, INNER, [[28, 2]]), gap: 18 },
  ]);
  const summaryLines = linesIn(CONTENT - head.height - 16, 26, BODY, 4);
  const summary = set(measure, card.summary, BODY, INNER, [[26, summaryLines]]);
  const note = h('div', { alignItems: 'center', fontSize: 22, color: COLOURS.muted }, [
    h('div', {}, card.source),
    h(
      'div',
      {
        marginLeft: 14,
        padding: '2px 10px',
        borderRadius: 6,
        border: `1.5px solid ${card.excerpt ? COLOURS.abstain : COLOURS.line}`,
        background: COLOURS.surface2,
        color: card.excerpt ? COLOURS.text : COLOURS.muted,
      },
      card.read,
    ),
  ]);
  return frame(
    stack([head, { ...(summaryLines ? summary : { node: h('div', {}), height: 0 }), gap: 16 }])
      .node,
    footer(card, mark, note),
  );
}

function tallyTemplate(card: TallyCard, measure: TextMeasure, mark: string): Node {
  const title = [card.symbol, card.title].filter(Boolean).join(': ');
  const head = stack([
    kicker(measure, card.kicker),
    {
      ...set(measure, title, TITLE, INNER, [
        [50, 2],
        [44, 3],
        [38, 3],
      ]),
      gap: 12,
    },
  ]);
  const total = card.counts.reduce((sum, c) => sum + c.count, 0) || 1;
  const bar = h(
    'div',
    { width: INNER, height: 52, marginTop: 30 },
    card.counts.map((c) =>
      h('div', { width: (INNER * c.count) / total, height: 52, background: COLOURS[c.choice] }),
    ),
  );
  const figure = (c: TallyCard['counts'][number]) =>
    h('div', { flexDirection: 'column', alignItems: 'flex-start' }, [
      h(
        'div',
        {
          fontFamily: fontFamily('serif'),
          fontWeight: 700,
          fontSize: 56,
          lineHeight: 1.1,
          color: COLOURS[c.choice],
        },
        c.figure,
      ),
      h('div', { alignItems: 'center', fontSize: 24, color: COLOURS.text }, [
        h('div', {
          width: 16,
          height: 16,
          borderRadius: 3,
          marginRight: 10,
          background: COLOURS[c.choice],
        }),
        c.label,
      ]),
    ]);
  const figures = h(
    'div',
    { marginTop: 22, justifyContent: 'space-between' },
    card.counts.map(figure),
  );
  return frame(
    h('div', { flexDirection: 'column' }, [head.node, bar, figures]),
    footer(card, mark, footNote(measure, card.outcome)),
  );
}

function quoteTemplate(card: QuoteCard, measure: TextMeasure, mark: string): Node {
  const top = set(measure, card.kicker, KICKER, INNER - 320, [[24, 1]]);
  const width = INNER - 40;
  const speaker = set(measure, `— ${card.speaker}`, STRONG, width, [[28, 1]]);
  const room = CONTENT - top.height - 16 - 20 - speaker.height;
  const steps = [68, 56, 50, 46, 40, 36, 32, 28].map(
    (size) => [size, linesIn(room, size, QUOTE, 6)] as const,
  );
  const quote = set(measure, `“${card.text}”`, QUOTE, width, steps);
  const body = h(
    'div',
    { flexDirection: 'column', borderLeft: `6px solid ${COLOURS.accent}`, paddingLeft: 34 },
    [quote.node, h('div', { marginTop: 20 }, speaker.node)],
  );
  // The speaker's stance, coloured as on the site: a quote that backs the vote says so.
  const stanceColour = {
    condemns: COLOURS.no,
    'supports-vote': COLOURS.abstain,
    reports: COLOURS.muted,
  };
  const stance = h(
    'div',
    {
      fontSize: 22,
      padding: '1px 14px',
      borderRadius: 999,
      border: `2px solid ${stanceColour[card.stance.kind]}`,
      color: stanceColour[card.stance.kind],
    },
    card.stance.label,
  );
  return frame(
    h('div', { flexDirection: 'column' }, [
      h('div', { alignItems: 'center', justifyContent: 'space-between' }, [top.node, stance]),
      h('div', { marginTop: 16 }, body),
    ]),
    footer(card, mark, footNote(measure, card.statement)),
  );
}

function recordTemplate(card: RecordCard, measure: TextMeasure, mark: string): Node {
  const head = stack([
    kicker(measure, card.kicker),
    {
      ...set(measure, card.title, TITLE, INNER, [
        [64, 2],
        [56, 2],
        [48, 2],
        [42, 3],
      ]),
      gap: 12,
    },
    ...card.facts.map((fact) => ({ ...set(measure, fact, BODY, INNER, [[28, 2]]), gap: 12 })),
  ]);
  const figure = h('div', { alignItems: 'baseline', marginTop: 'auto', marginBottom: 24 }, [
    h(
      'div',
      {
        fontFamily: fontFamily('serif'),
        fontWeight: 700,
        fontSize: 72,
        lineHeight: 1,
        color: COLOURS.accent,
        marginRight: 16,
      },
      card.figure.value,
    ),
    h('div', { fontSize: 30, color: COLOURS.text }, card.figure.label),
  ]);
  return frame(
    h('div', { flexDirection: 'column', flexGrow: 1 }, [head.node, figure]),
    footer(card, mark),
  );
}

function pageTemplate(card: PageCard, measure: TextMeasure, mark: string): Node {
  const title = set(measure, card.title, TITLE, INNER, [
    [64, 3],
    [56, 3],
    [50, 3],
    [44, 4],
  ]);
  const lines = linesIn(CONTENT - title.height - 24, 30, BODY, 4);
  const description = set(measure, card.description, BODY, INNER, [[30, lines]]);
  return frame(stack([title, { ...description, gap: 24 }]).node, footer(card, mark));
}

/** The element tree of a card; `mark` is the ∅ mark as an image URL. */
export function cardTemplate(card: ShareCard, measure: TextMeasure, mark: string): Node {
  switch (card.kind) {
    case 'statement':
      return statementTemplate(card, measure, mark);
    case 'tally':
      return tallyTemplate(card, measure, mark);
    case 'quote':
      return quoteTemplate(card, measure, mark);
    case 'record':
      return recordTemplate(card, measure, mark);
    case 'page':
      return pageTemplate(card, measure, mark);
  }
}
