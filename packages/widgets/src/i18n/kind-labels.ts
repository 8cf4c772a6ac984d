import type { LegalInstrument, StatementKind } from '@null-and-void/statements/engine';

// The names of the record's kinds of statement and of instrument, in each language: the one
// table the widgets' string tables and the demo site both take them from (the site imports it
// as `@null-and-void/widgets/kind-labels.js`). One constant per language and vocabulary, so that
// a bundle carries only the labels its string table uses.

type Labels<Kind extends string> = Readonly<Record<Kind, string>>;

export const statementKindsEn = {
  'press-release': 'Press release',
  'joint-statement': 'Joint statement',
  appeal: 'Appeal',
  'platform-statement': 'Platform statement',
  'news-report': 'News report',
  speech: 'Speech',
  resolution: 'Resolution',
  declaration: 'Declaration',
} satisfies Labels<StatementKind>;

export const statementKindsUk: Labels<StatementKind> = {
  'press-release': 'Прес-реліз',
  'joint-statement': 'Спільна заява',
  appeal: 'Звернення',
  'platform-statement': 'Допис у соцмережі',
  'news-report': 'Новина',
  speech: 'Виступ',
  resolution: 'Резолюція',
  declaration: 'Декларація',
};

export const instrumentKindsEn = {
  charter: 'Charter',
  'unga-resolution': 'UN General Assembly resolution',
  'unsc-draft-resolution': 'UN Security Council draft resolution',
  treaty: 'Treaty',
  resolution: 'Resolution',
} satisfies Labels<LegalInstrument['kind']>;

export const instrumentKindsUk: Labels<LegalInstrument['kind']> = {
  charter: 'Статут',
  'unga-resolution': 'Резолюція Генеральної Асамблеї ООН',
  'unsc-draft-resolution': 'Проєкт резолюції Ради Безпеки ООН',
  treaty: 'Договір',
  resolution: 'Резолюція',
};
