/** The embed builder: pick a widget and its attributes, preview it, copy a snippet. */
import { type ActorKind, filterLabelKey } from '@null-and-void/statements';
import { MAX_QUERY_LENGTH } from '../filter-ui.js';
import { byLabel, formatDate } from '../format.js';
import { hostPolicy, SELF_HOSTED_POLICY } from '../host-policy.js';
import { type Html, html, jsonScript } from '../html.js';
import { type Lang, strings } from '../i18n/index.js';
import type { Page } from '../layout.js';
import { record } from '../record.js';
import { absolute } from '../site.js';
import { WIDGETS, type Widget } from '../snippets.js';
import { bundleIntegrity, CDN_SCRIPT_BASE } from '../widget-bundles.js';
import { breadcrumbs, copyBlock, pageHeader } from './parts.js';

/** What the builder's script needs besides the catalog: the site's address and the bundles' hashes. */
function builderData() {
  return {
    siteUrl: absolute('/'),
    scriptBase: CDN_SCRIPT_BASE,
    integrity: Object.fromEntries(
      WIDGETS.flatMap((w) => {
        const integrity = bundleIntegrity(w);
        return integrity ? [[w, integrity]] : [];
      }),
    ),
  };
}

function field(
  widgets: readonly Widget[],
  id: string,
  label: string,
  control: Html,
  hint?: string,
): Html {
  return html`<div class="field" data-for="${widgets.join(' ')}">
  <label for="${id}">${label}</label>
  ${control}
  ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : ''}
</div>`;
}

function select(
  id: string,
  options: readonly [string, string][],
  blank?: string,
  size?: number,
): Html {
  return html`<select id="${id}" name="${id}"${size ? html` size="${size}"` : ''}>${blank !== undefined ? html`<option value="">${blank}</option>` : ''}${options.map(([value, label]) => html`<option value="${value}">${label}</option>`)}</select>`;
}

/**
 * The filters a list may offer its reader, as the builder writes them into `filters`: the theme
 * by its attribute's name, `topic` (the list takes keys or attribute names).
 */
const LIST_CHIPS = ['event', 'region', 'issuerKind', 'topic', 'year', 'kind'] as const;

/** Checkboxes or radio buttons of one name, each inside its label. */
function choices(
  type: 'checkbox' | 'radio',
  name: string,
  items: readonly (readonly [value: string, label: string])[],
  options: { checked?: string; form?: string } = {},
): Html {
  const { checked, form } = options;
  return html`${items.map(
    ([value, label]) =>
      html`<label><input type="${type}" name="${name}" value="${value}"${form ? html` form="${form}"` : ''}${value === checked ? html` checked` : ''}> ${label}</label>`,
  )}`;
}

/** A field whose control is a select of the same name. */
function selectField(
  widgets: readonly Widget[],
  id: string,
  label: string,
  options: readonly [string, string][],
  blank?: string,
): Html {
  return field(widgets, id, label, select(id, options, blank));
}

export function embedBuilderPage(lang: Lang): Page {
  const t = strings(lang);
  const statements = record.query(undefined, { sort: '-date' }).items;
  const listWidgets = ['statement-list', 'search'] as const;
  const events = [...record.events].sort((a, b) => b.start.localeCompare(a.start));
  return {
    path: '/embed-builder/',
    lang,
    title: t.embedBuilderTitle,
    description: t.embedBuilderDescription,
    section: 'embed',
    scripts: ['builder'],
    jsonLd: [breadcrumbs(lang, [[t.embedBuilderTitle, '/embed-builder/']])],
    body: html`${pageHeader(t.embedBuilderTitle, t.embedBuilderIntro)}
<noscript><p class="notice">${t.embedBuilderNoScript}</p></noscript>
<div class="builder">
  <form class="builder__form" id="builder" aria-labelledby="builder-options">
    <h2 id="builder-options">${t.builderOptions}</h2>
    <fieldset class="widget-picker">
      <legend>${t.builderWidget}</legend>
      ${WIDGETS.map((w, i) => html`<label class="widget-picker__option"><input type="radio" name="widget" value="${w}"${i === 0 ? html` checked` : ''}> ${t.widgetNames[w]}</label>`)}
    </fieldset>
    <div class="field" data-for="statement quote">
      <label for="statement-find">${t.builderFindStatement}</label>
      <input id="statement-find" type="search" autocomplete="off" maxlength="${MAX_QUERY_LENGTH}" aria-describedby="statement-find-hint statement-matches" aria-controls="statement">
      <p class="hint" id="statement-find-hint">${t.builderFindHint}</p>
      <label for="statement" class="field__second-label">${t.attrStatement} <span class="hint" id="statement-matches" role="status"></span></label>
      ${select(
        'statement',
        statements.map((s) => [s.id, `${formatDate(lang, s.date)} · ${s.title[lang]}`]),
        undefined,
        6,
      )}
    </div>
    ${selectField(['statement'], 'variant', t.attrVariant, [
      ['card', t.variants.card],
      ['compact', t.variants.compact],
      ['full', t.variants.full],
    ])}
    ${field(['statement', 'quote'], 'quote', t.attrQuote, html`<select id="quote" name="quote"><option value="">1</option></select>`)}
    <fieldset class="field" data-for="tally">
      <legend>${t.attrTallyOf}</legend>
      <label><input type="radio" name="tally-of" value="instrument" checked> ${t.attrInstrument}</label>
      <label><input type="radio" name="tally-of" value="event"> ${t.filterEvent}</label>
    </fieldset>
    ${selectField(
      ['tally', 'vote-map'],
      'instrument',
      t.attrInstrument,
      record.instruments.filter((i) => i.votes).map((i) => [i.id, `${i.symbol ?? i.title[lang]}`]),
    )}
    ${selectField(
      [...listWidgets, 'timeline', 'tally'],
      'event',
      t.filterEvent,
      events.map((e) => [e.id, e.name[lang]]),
      t.anyOption,
    )}
    ${selectField(
      listWidgets,
      'region',
      t.filterRegion,
      record.regions.map((r) => [r.code, r.name[lang]]),
      t.anyOption,
    )}
    ${selectField(
      listWidgets,
      'issuer-kind',
      t.filterIssuerKind,
      (Object.keys(t.actorKinds) as ActorKind[]).map((k) => [k, t.actorKinds[k]]),
      t.anyOption,
    )}
    ${selectField(
      listWidgets,
      'issuer',
      t.filterIssuer,
      [...record.actors].sort(byLabel(lang, (a) => a.name[lang])).map((a) => [a.id, a.name[lang]]),
      t.anyOption,
    )}
    ${selectField(
      listWidgets,
      'topic',
      t.filterTheme,
      record.themes.map((th) => [th.id, th.name[lang]]),
      t.anyOption,
    )}
    ${field([...listWidgets, 'timeline'], 'from', t.fromLabel, html`<input id="from" name="from" inputmode="numeric" pattern="\\d{4}(-\\d{2}(-\\d{2})?)?" placeholder="2022" aria-describedby="from-hint">`, t.dateHint)}
    ${field([...listWidgets, 'timeline'], 'to', t.toLabel, html`<input id="to" name="to" inputmode="numeric" pattern="\\d{4}(-\\d{2}(-\\d{2})?)?" placeholder="2024" aria-describedby="to-hint">`, t.dateHint)}
    ${field([...listWidgets, 'timeline'], 'limit', t.attrLimit, html`<input id="limit" name="limit" type="number" min="0" max="200" placeholder="10">`)}
    ${selectField(['statement-list'], 'sort', t.sortLabel, [
      ['-date', t.sortNewest],
      ['date', t.sortOldest],
      ['title', t.sortTitle],
    ])}
    <fieldset class="field field--check" data-for="statement-list">
      <legend>${t.attrFiltersChips}</legend>
      ${choices(
        'checkbox',
        'filters',
        LIST_CHIPS.map((key) => [key, t[filterLabelKey(key === 'topic' ? 'theme' : key)]]),
      )}
    </fieldset>
    ${field(['search'], 'query', t.attrQuery, html`<input id="query" name="query" type="search">`)}
    ${field(['search'], 'placeholder', t.attrPlaceholder, html`<input id="placeholder" name="placeholder" placeholder="${t.searchPlaceholder}">`)}
    ${selectField([...WIDGETS], 'lang', t.attrLang, [
      ['en', 'English'],
      ['uk', 'Українська'],
    ])}
    ${selectField([...WIDGETS], 'theme', t.attrTheme, [
      ['light', t.themeLight],
      ['dark', t.themeDark],
      ['auto', t.themeAuto],
    ])}
    <div class="field field--check" data-for="${WIDGETS.join(' ')}">
      <label><input type="checkbox" name="credit" checked> ${t.builderCredit}</label>
    </div>
  </form>
  <div class="builder__output">
    <section aria-labelledby="preview-heading">
      <h2 id="preview-heading">${t.builderPreview}</h2>
      <fieldset class="preview-width">
        <legend>${t.builderPreviewWidth}</legend>
        ${choices(
          'radio',
          'preview-width',
          [
            ['390', t.builderWidthPhone],
            ['640', t.builderWidthArticle],
            ['', t.builderWidthFull],
          ],
          { checked: '', form: 'builder' },
        )}
      </fieldset>
      <div class="preview" id="preview">
        <p class="notice preview__unavailable">${t.builderUnavailable}</p>
        <p class="preview__label" id="preview-script-label">${t.builderAsScript}</p>
        <iframe class="preview__frame" id="preview-script" data-embed-preview title="${t.builderAsScript}" height="420"></iframe>
        <p class="preview__label" id="preview-iframe-label">${t.builderAsFrame}</p>
        <iframe class="preview__frame" id="preview-iframe" data-embed-preview title="${t.builderAsFrame}" height="420"></iframe>
      </div>
    </section>
    <section aria-labelledby="snippets-heading">
      <h2 id="snippets-heading">${t.builderSnippets}</h2>
      ${copyBlock(lang, 'snippet-script', t.embedScript, '', 'code', `${t.builderScriptHelp} ${t.builderPinned}`)}
      ${copyBlock(lang, 'snippet-iframe', t.embedIframe, '', 'code', t.builderIframeHelp)}
    </section>
    <section aria-labelledby="csp-heading">
      <h2 id="csp-heading">${t.builderCsp}</h2>
      <p class="hint">${t.builderCspHelp}</p>
      ${copyBlock(lang, 'host-policy', t.builderCspLine, hostPolicy(), 'code')}
      <p class="hint">${t.builderCspSelfHosted} <code>${SELF_HOSTED_POLICY}</code></p>
    </section>
  </div>
</div>
<script type="application/json" id="builder-data">${jsonScript(builderData())}</script>`,
  };
}
