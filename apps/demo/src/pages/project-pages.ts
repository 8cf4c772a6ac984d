/**
 * The pages about the project itself: About, Method, Contact. Their prose is written here in
 * both languages; every figure in it is counted from the catalog when the site is built.
 */
import { readInFull } from '@null-and-void/statements';
import { paths } from '../components.js';
import { formatDate, formatNumber } from '../format.js';
import { type Html, html } from '../html.js';
import { type Lang, plural, strings } from '../i18n/index.js';
import { readerPagesText } from '../i18n/reader-pages.js';
import { link, type Page } from '../layout.js';
import { record } from '../record.js';
import { repositoryUrl } from '../repository.js';
import { pageHeader, sitePage } from './parts.js';

/** What the prose says about the record, counted from it. */
function figures(lang: Lang) {
  const years = record.statements.map((s) => s.date.slice(0, 4)).sort();
  const quotes = record.statements.flatMap((s) => s.quotes);
  const n = (value: number) => formatNumber(lang, value);
  return {
    actors: n(record.actors.length),
    events: n(record.events.length),
    first: years[0] ?? '',
    last: years.at(-1) ?? '',
    full: n(record.statements.filter((s) => readInFull(s.source)).length),
    excerpt: n(record.statements.filter((s) => !readInFull(s.source)).length),
    seeds: n(record.statements.filter((s) => s.provenance.seed !== undefined).length),
    quotes: n(quotes.length),
    originals: n(quotes.filter((q) => q.original).length),
    translations: n(quotes.filter((q) => q.translatedFrom).length),
    corrections: n(record.corrections.length),
    inferred: n(record.statements.filter((s) => s.dateBasis === 'inferred').length),
  };
}

function projectPage(lang: Lang, path: string, title: string, description: string, body: Html) {
  return sitePage({
    path,
    lang,
    title,
    description,
    body: html`<article class="prose-page">${pageHeader(title, description)}
${body}</article>`,
  });
}

function aboutBody(lang: Lang): Html {
  const f = figures(lang);
  const t = strings(lang);
  const to = (path: string) => link(lang, path);
  if (lang === 'uk') {
    return html`<h2>Що це</h2>
<p>Null & Void — відкритий запис того, що держави, міжнародні організації, громадянське суспільство й преса сказали про так звані референдуми й вибори, які Росія інсценує на окупованих територіях України з 2014 року. У ньому ${plural(lang, t.statementsCount, record.statements.length)} за ${f.first}–${f.last} роки (держав, організацій і людей у записі: ${f.actors}; інсценованих голосувань: ${f.events}); кожна заява — з названим джерелом, а голосування в ООН — з голосом кожної держави.</p>
<h2>Для кого</h2>
<ul>
  <li><strong>Для читачів</strong>, які хочуть знати, хто, що й коли сказав про голосування: <a href="${to(paths.indexes.events)}">за голосуваннями</a>, <a href="${to(paths.indexes.actors)}">за тими, хто висловився</a>, <a href="${to(paths.indexes.regions)}">за регіонами</a> чи <a href="${to('/statements/')}">пошуком</a>.</li>
  <li><strong>Для журналістів і редакторів</strong>: кожну заяву можна процитувати, вбудувати в статтю чи поширити як зображення.</li>
  <li><strong>Для дослідників</strong>: увесь запис можна <a href="${to('/data/')}">завантажити</a> як JSON чи CSV і використовувати як пакет даних.</li>
  <li><strong>Для дипломатів і посадовців</strong>: <a href="${to(paths.countries)}">сторінки країн</a> показують, як кожна держава голосувала в ООН і що її уряд сказав — або що в записі нічого не знайдено станом на певну дату.</li>
</ul>
<h2>Чим це не є</h2>
<ul>
  <li><strong>Не новинне медіа.</strong> Проєкт не повідомляє про події й не висловлює власних думок; його короткі викладі переказують, що сказано в кожній заяві.</li>
  <li><strong>Не спостерігач за голосуванням.</strong> Проєкт нічого не спостерігає, не рахує й не оцінює на самих інсценованих голосуваннях; їхніх так званих результатів у записі немає.</li>
  <li><strong>Не повний перелік.</strong> Держава чи організація, якої немає в записі, могла висловитися там, де ми не шукали. Відсутність заяви показано з датою, до якої сягає запис, і ніколи — як позицію.</li>
  <li><strong>Не офіційний орган.</strong> Це проєкт із відкритим кодом: код — за ліцензією MIT, дані — CC BY 4.0.</li>
</ul>
<h2>Мови</h2>
<p>Усе, що пише сам проєкт — назви, короткі викладі, примітки, сайт, — є англійською та українською. Цитати наведено так, як їх друкує джерело; <a href="${to(paths.method)}#translations">як позначено переклади</a>.</p>
<p>Як заяви потрапляють до запису — на сторінці <a href="${to(paths.method)}">Методика</a>; виправлення — на сторінці <a href="${to(paths.corrections)}">Виправлення</a>; як запропонувати заяву — на сторінці <a href="${to(paths.contact)}">Контакти й участь</a>.</p>`;
  }
  return html`<h2>What this is</h2>
<p>Null & Void is a public record of what states, international organisations, civil society and the press said about the so-called referendums and elections Russia has staged in occupied Ukraine since 2014. It holds ${plural(lang, t.statementsCount, record.statements.length)} from ${f.first} to ${f.last} by ${f.actors} states, organisations and people on ${f.events} staged votes, each with its source named, and the UN votes on them state by state.</p>
<h2>Who it is for</h2>
<ul>
  <li><strong>Readers</strong> who want to know who said what about a vote, and when: browse <a href="${to(paths.indexes.events)}">by vote</a>, <a href="${to(paths.indexes.actors)}">by who spoke</a>, <a href="${to(paths.indexes.regions)}">by region</a>, or <a href="${to('/statements/')}">search</a>.</li>
  <li><strong>Journalists and editors</strong>, who can cite any statement, embed it in an article, or share it as an image.</li>
  <li><strong>Researchers</strong>, who can <a href="${to('/data/')}">download</a> the whole record as JSON or CSV and use it as a data package.</li>
  <li><strong>Diplomats and officials</strong>: the <a href="${to(paths.countries)}">country pages</a> show how each state voted at the UN and what its government said, or that the record holds nothing as of a given date.</li>
</ul>
<h2>What it is not</h2>
<ul>
  <li><strong>Not a news outlet.</strong> It does not report events and gives no opinion of its own; its summaries say what each statement says.</li>
  <li><strong>Not a vote observer.</strong> It observes, counts and estimates nothing about the staged votes themselves; their so-called results are not in the record.</li>
  <li><strong>Not a complete list.</strong> A state or organisation missing from the record may have spoken where we did not look. A missing statement is shown with the date the record runs to, never as a stance.</li>
  <li><strong>Not an official body.</strong> It is an open-source project: the code is under the MIT licence, the data under CC BY 4.0.</li>
</ul>
<h2>Languages</h2>
<p>Everything the project writes (titles, summaries, notes, this site) is in English and Ukrainian. Quotations stay as the source prints them; <a href="${to(paths.method)}#translations">how translations are marked</a>.</p>
<p>How statements get into the record is on the <a href="${to(paths.method)}">Method</a> page; changes to published records are on <a href="${to(paths.corrections)}">Corrections</a>; how to propose a statement is on <a href="${to(paths.contact)}">Contact and contribute</a>.</p>`;
}

export function aboutPage(lang: Lang): Page {
  const p = readerPagesText(lang);
  return projectPage(lang, paths.about, p.aboutTitle, p.aboutDescription, aboutBody(lang));
}

function methodBody(lang: Lang): Html {
  const f = figures(lang);
  const t = strings(lang);
  const kinds = html`<ul>${Object.values(t.sourceKinds).map((kind) => html`<li>${kind}</li>`)}</ul>`;
  const to = (path: string) => link(lang, path);
  if (lang === 'uk') {
    return html`<h2 id="inclusion">Як заява потрапляє до запису</h2>
<p>Заява потрапляє до запису, якщо її публічно оприлюднив той, кого можна назвати, якщо вона стосується одного з інсценованих голосувань і якщо її можна прочитати за адресою, яку ми наводимо. Частину записів (${f.seeds}) складено з першоджерел, збережених повністю; решту — з дослідницьких нотаток, де для кожної заяви названо сторінку, яку прочитано, і що на ній сказано.</p>
<p>Для кожного запису ми пишемо назву й короткий виклад англійською та українською власними словами, дослівно переносимо цитати з іменем мовця і називаємо тих, хто оприлюднив заяву, голосування, регіони, теми та правові акти. Автоматична перевірка не пропускає запис, у якому назви чи дати не сходяться.</p>
<h2 id="read">«Повний текст» і «уривок»</h2>
<p>Кожен запис каже, скільки з його джерела прочитано. <strong>Повний текст</strong>: прочитано весь текст за адресою, і короткий виклад ґрунтується на ньому (записів: ${f.full}). <strong>Уривок</strong>: прочитано лише частину — часто новину, що цитує заяву, або початок сторінки (записів: ${f.excerpt}); такий запис каже: «${t.excerptNote}»</p>
<h2 id="sources">Як добирають джерела</h2>
<p>Ми наводимо власну сторінку автора заяви всюди, де її знайдено. Інакше — найкращу знайдену копію, і кажемо, що це за сторінка. Кожна адреса має свій вид:</p>
${kinds}
<p>Інші адреси того самого тексту, зокрема сторінку, за якою запис складено спершу, наведено в розділі «Також тут». Російські державні медіа наводимо лише там, де жодна інша сторінка не подає тих слів, і позначаємо їх.</p>
<h2 id="dates">Дати</h2>
<p>Дату подано так точно, як дозволяє джерело: день, місяць чи рік, і ніколи — день, якого джерело не називає. Де джерело не друкує дати, її встановлено з інших даних, наприклад, з дати новини, яка передає заяву; таку дату позначено «${t.dateInferred}» і пояснено в примітці (записів: ${f.inferred}).</p>
<h2 id="translations">Переклади</h2>
<p>Назви, короткі викладі й редакційні примітки — власний текст проєкту, написаний англійською та українською. Цитати перенесено так, як їх друкує джерело. Якщо джерело друкує переклад (скажімо, англомовна новина про українську заяву), цитату позначено: «Переклад, як його опублікувало джерело». Де джерело подає власні слова мовця, їх показано поруч з позначкою «Оригінал» і посиланням на джерело (таких цитат поки ${f.originals}, усього цитат: ${f.quotes}). Де оригіналу не знайдено, цитата каже й це (таких цитат: ${f.translations}). Ми ніколи не перекладаємо цитату назад і не видаємо такий переклад за оригінал.</p>
<h2 id="corrections">Виправлення</h2>
<p>Опублікований запис змінюється лише через журнал виправлень: що змінено, чому і коли, обома мовами. Кожна виправлена заява показує свої виправлення, її дата оновлення — дата останнього з них, а всі виправлення (${f.corrections}) зібрано на сторінці <a href="${to(paths.corrections)}">Виправлення</a> і в її стрічці.</p>
<h2 id="absence">Відсутність</h2>
<p>Якщо в записі немає заяви держави про голосування, сторінка країни каже «нічого не знайдено в записі станом на» дату, до якої сягає запис. Відсутність заяви — не позиція, і ми її так не подаємо.</p>`;
  }
  return html`<h2 id="inclusion">How a statement gets in</h2>
<p>A statement is in the record when it was made in public by someone we can name, is about one of the staged votes, and can be read at an address we give. The source documents of ${f.seeds} records are kept in full; the other records were written from research notes that name, for each statement, the page that was read and what it says.</p>
<p>For each record we write a title and a summary in English and Ukrainian in our own words, copy the quotes word for word with their speaker, and name its issuers, votes, regions, themes and legal instruments. An automatic check refuses a record whose names or dates do not fit.</p>
<h2 id="read">“Full text” and “excerpt”</h2>
<p>Every record says how much of its source was read. <strong>Full text</strong>: the whole text at the address was read, and the summary rests on it (${f.full} records). <strong>Excerpt</strong>: only part of it was read, often a news report quoting the statement or the opening of a page (${f.excerpt} records); such a record says “${t.excerptNote}”</p>
<h2 id="sources">How sources are chosen</h2>
<p>We cite the issuer’s own page wherever one was found. Otherwise we cite the best copy found, and say what it is. Every address carries its kind:</p>
${kinds}
<p>Other addresses of the same text, including the page a record was first written from, are listed under “Also at”. Russian state media is cited only where no other page gives the words, and is labelled.</p>
<h2 id="dates">Dates</h2>
<p>A date is given as precisely as the source allows: a day, a month or a year, never a day the source does not give. Where the source prints no date, the date is worked out from other evidence, such as the date of the report that carries the statement, and marked “${t.dateInferred}”, with a note saying how (${f.inferred} records).</p>
<h2 id="translations">Translations</h2>
<p>Titles, summaries and editorial notes are the project’s own words, written in English and in Ukrainian. Quotations are copied as the source prints them. Where a source prints a translation (an English report of a Ukrainian statement, say), the quote is labelled “Translation, as published by” that source. Where a source gives the speaker’s own words, they are shown beside it, labelled “Original”, with their source (${f.originals} of the ${f.quotes} quotes so far). Where the original was not found, the quote says that too (${f.translations}). We never translate a quote back and call it the original.</p>
<h2 id="corrections">Corrections</h2>
<p>A published record changes only through its corrections log: what changed, why, and when, in both languages. Each corrected statement lists its corrections, its “updated” date is the date of the latest, and all ${f.corrections} corrections are on the <a href="${to(paths.corrections)}">Corrections</a> page and in its feed.</p>
<h2 id="absence">Absence</h2>
<p>Where the record holds no statement of a state about a vote, its country page says “nothing found in the record as of” the date the record runs to. A missing statement is not a stance, and we never show it as one.</p>`;
}

export function methodPage(lang: Lang): Page {
  const p = readerPagesText(lang);
  return projectPage(lang, paths.method, p.methodTitle, p.methodDescription, methodBody(lang));
}

function contactBody(lang: Lang): Html {
  const repo = repositoryUrl();
  const repoLink = html`<a class="source-url" href="${repo}">${repo}</a>`;
  const issues = `${repo}/issues`;
  const guide = `${repo}#adding-a-statement`;
  const to = (path: string) => link(lang, path);
  const asOf = formatDate(
    lang,
    record.statements
      .map((s) => s.date)
      .sort()
      .at(-1) ?? '',
  );
  const t = strings(lang);
  if (lang === 'uk') {
    return html`<p>Null & Void розробляють відкрито: ${repoLink}. Усе листування — публічне, у репозиторії, тож кожен бачить, що запропоновано і що змінено.</p>
<h2 id="propose">Запропонувати заяву</h2>
<p><a href="${issues}">Відкрийте звернення (issue)</a> з адресою заяви, її датою, тим, хто її оприлюднив, і голосуванням, якого вона стосується. Якщо можете, додайте її самі: кожна заява — один файл, а в <a href="${guide}">інструкції в репозиторії</a> сказано, як його написати й перевірити, перш ніж надіслати зміни (pull request). Запис сягає ${asOf}.</p>
<h2 id="mistake">Повідомити про помилку</h2>
<p><a href="${issues}">Відкрийте звернення</a>, назвіть запис (його адресу на цьому сайті), що в ньому не так, і дайте джерело. Виправлення публікуємо в журналі виправлень запису: що змінено і чому. Усі вони — на сторінці <a href="${to(paths.corrections)}">Виправлення</a>.</p>
<h2 id="reuse">Використання</h2>
<p>${t.footerLicence}. Завантаження — на сторінці <a href="${to('/data/')}">Дані</a>; будь-яку заяву, цитату чи список можна <a href="${to('/embed-builder/')}">вбудувати</a> у свій сайт.</p>`;
  }
  return html`<p>Null & Void is developed in the open: ${repoLink}. All contact happens in public, in the repository, so that anyone can see what was proposed and what changed.</p>
<h2 id="propose">Propose a statement</h2>
<p><a href="${issues}">Open an issue</a> with the statement’s address, its date, who issued it and the vote it is about. If you can, add it yourself: each statement is one file, and the <a href="${guide}">guide in the repository</a> says how to write it and check it before you open a pull request. The record runs to ${asOf}.</p>
<h2 id="mistake">Report a mistake</h2>
<p><a href="${issues}">Open an issue</a> naming the record (its address on this site) and what is wrong, with a source. A correction is published in the record’s corrections log, saying what changed and why; all of them are on the <a href="${to(paths.corrections)}">Corrections</a> page.</p>
<h2 id="reuse">Reuse</h2>
<p>${t.footerLicence}. The downloads are on the <a href="${to('/data/')}">Data</a> page; any statement, quote or list can be <a href="${to('/embed-builder/')}">embedded</a> in your own site.</p>`;
}

export function contactPage(lang: Lang): Page {
  const p = readerPagesText(lang);
  return projectPage(lang, paths.contact, p.contactTitle, p.contactDescription, contactBody(lang));
}
