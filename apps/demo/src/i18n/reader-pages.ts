/**
 * The words of the reader's pages (the four indexes, About, Method, Contact) and of a quote's
 * versions, in both languages. Kept apart from the UI string tables because most of it is prose
 * that only these pages use.
 */
import type { ActorKind } from '@null-and-void/statements';
import type { Lang } from '@null-and-void/widgets/format.js';
import { quoteVersionsEn, quoteVersionsUk } from '@null-and-void/widgets/kind-labels.js';
import type { PluralForms } from './plural-forms.js';

const en = {
  navEvents: 'Votes',
  navActors: 'Who',
  navInstruments: 'UN votes',
  navRegions: 'Regions',
  navAbout: 'About',
  navMethod: 'Method',
  navContact: 'Contact',
  navMore: 'More',
  footerIndexes: 'Browse',
  footerProject: 'The project',

  eventsTitle: 'The staged votes',
  eventsDescription:
    'Every so-called referendum and election Russia staged in occupied Ukraine since 2014, by year, with the regions where it was held and how many statements in the record answer it.',
  eventsLede:
    'Every so-called referendum and election Russia staged in the parts of Ukraine its army occupies, by year. Each links to what was said about it.',
  eventsColumnVote: 'Vote',
  eventsColumnDates: 'Dates',
  eventsColumnRegions: 'Regions',
  eventsColumnStatements: 'Statements',

  actorsTitle: 'Who spoke',
  actorsDescription:
    'Every state, international organisation, body, group, outlet and person in the record, grouped by kind, with the number of statements each issued.',
  actorsLede:
    'Everyone in the record, grouped by kind. The number is how many statements each issued or co-issued; those without one are in the record as a speaker, a signatory, a publisher or a member of a body.',
  actorsNone: 'no statement issued',
  actorKindsPlural: {
    state: 'States',
    intergovernmental: 'Intergovernmental organisations',
    'civil-society': 'Civil society',
    media: 'Press',
    person: 'People',
    'government-body': 'Government bodies',
    'occupation-authority': 'Occupation authorities',
  } as Record<ActorKind, string>,

  instrumentsTitle: 'UN votes and legal instruments',
  instrumentsDescription:
    'The UN General Assembly resolutions and Security Council drafts on the staged votes, with their tallies, and the other legal instruments statements cite.',
  instrumentsLede:
    'The resolutions and drafts the UN voted on, with their official totals, and the other instruments that statements in the record cite.',
  instrumentsVotes: 'Voted at the UN',
  instrumentsOther: 'Other instruments',
  instrumentsCiting: {
    one: 'cited by {n} statement',
    other: 'cited by {n} statements',
  } as PluralForms,
  instrumentsNotAdopted: 'not adopted',

  regionsTitle: 'Regions',
  regionsDescription:
    'The six regions of Ukraine where Russia staged votes, each with its votes and the number of statements about it.',
  regionsLede:
    'The regions of Ukraine where Russia staged so-called referendums and elections, each with the votes held there and the statements that name it.',

  aboutTitle: 'About Null & Void',
  aboutDescription:
    'What Null & Void is, who it is for, and what it is not: a public record of what the world said about Russia’s staged votes in occupied Ukraine.',
  methodTitle: 'Method',
  methodDescription:
    'How a statement gets into the record, what “full text” and “excerpt” mean, how sources are chosen, how dates and translations are marked, and how corrections work.',
  contactTitle: 'Contact and contribute',
  contactDescription:
    'How to propose a statement, report a mistake or take part: the project’s code and data are open, and every change is public.',

  quoteTranslation: quoteVersionsEn.translation,
  quoteOriginal: quoteVersionsEn.original,
  quoteOriginalSource: 'Source of the original',
  quoteOriginalNotFound:
    'Translation, as published by {publisher}. The speaker used {language}; the original words were not found.',
};

export type ReaderPagesText = typeof en;

const uk: ReaderPagesText = {
  navEvents: 'Голосування',
  navActors: 'Хто',
  navInstruments: 'ООН',
  navRegions: 'Регіони',
  navAbout: 'Про проєкт',
  navMethod: 'Методика',
  navContact: 'Контакти',
  navMore: 'Більше',
  footerIndexes: 'Огляд',
  footerProject: 'Проєкт',

  eventsTitle: 'Інсценовані голосування',
  eventsDescription:
    'Усі так звані референдуми й вибори, які Росія інсценувала на окупованих територіях України з 2014 року, за роками, з регіонами, де їх проводили, і кількістю заяв про кожне.',
  eventsLede:
    'Усі так звані референдуми й вибори, які Росія інсценувала в окупованих її армією частинах України, за роками. Кожне веде до того, що про нього сказали.',
  eventsColumnVote: 'Голосування',
  eventsColumnDates: 'Дати',
  eventsColumnRegions: 'Регіони',
  eventsColumnStatements: 'Заяви',

  actorsTitle: 'Хто висловився',
  actorsDescription:
    'Усі держави, міжнародні організації, органи, групи, медіа й люди в записі, за видами, з кількістю заяв кожного.',
  actorsLede:
    'Усі, хто є в записі, за видами. Число — скільки заяв кожен оприлюднив сам або разом з іншими; ті, хто без числа, є в записі як мовці, підписанти, видавці чи члени органів.',
  actorsNone: 'заяв не оприлюднено',
  actorKindsPlural: {
    state: 'Держави',
    intergovernmental: 'Міжнародні організації',
    'civil-society': 'Громадянське суспільство',
    media: 'Медіа',
    person: 'Люди',
    'government-body': 'Органи влади',
    'occupation-authority': 'Окупаційні органи',
  },

  instrumentsTitle: 'Голосування в ООН і правові акти',
  instrumentsDescription:
    'Резолюції Генеральної Асамблеї ООН і проєкти резолюцій Ради Безпеки щодо інсценованих голосувань, з підсумками голосування, та інші правові акти, на які посилаються заяви.',
  instrumentsLede:
    'Резолюції та проєкти, за які голосували в ООН, з офіційними підсумками, та інші акти, на які посилаються заяви в записі.',
  instrumentsVotes: 'Голосування в ООН',
  instrumentsOther: 'Інші акти',
  instrumentsCiting: {
    one: 'посилається {n} заява',
    few: 'посилаються {n} заяви',
    many: 'посилаються {n} заяв',
    other: 'посилаються {n} заяви',
  } as PluralForms,
  instrumentsNotAdopted: 'не ухвалено',

  regionsTitle: 'Регіони',
  regionsDescription:
    'Шість регіонів України, де Росія інсценувала голосування, кожен — з голосуваннями та кількістю заяв про нього.',
  regionsLede:
    'Регіони України, де Росія інсценувала так звані референдуми й вибори, кожен — з голосуваннями, що там відбулися, і заявами, які його згадують.',

  aboutTitle: 'Про Null & Void',
  aboutDescription:
    'Що таке Null & Void, для кого він і чим він не є: відкритий запис того, що світ сказав про інсценовані Росією голосування в окупованій Україні.',
  methodTitle: 'Методика',
  methodDescription:
    'Як заява потрапляє до запису, що означають «повний текст» і «уривок», як добирають джерела, як позначено дати й переклади та як працюють виправлення.',
  contactTitle: 'Контакти й участь',
  contactDescription:
    'Як запропонувати заяву, повідомити про помилку чи долучитися: код і дані проєкту відкриті, а кожна зміна публічна.',

  quoteTranslation: quoteVersionsUk.translation,
  quoteOriginal: quoteVersionsUk.original,
  quoteOriginalSource: 'Джерело оригіналу',
  quoteOriginalNotFound:
    'Переклад, як його опублікувало джерело: {publisher}. Мовець говорив чи писав мовою: {language}; оригінальних слів не знайдено.',
};

const TEXT: Record<Lang, ReaderPagesText> = { en, uk };

/** The reader's pages' words in one language. */
export function readerPagesText(lang: Lang): ReaderPagesText {
  return TEXT[lang];
}
