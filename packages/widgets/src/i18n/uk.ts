import type { Strings } from './strings.js';

/** Ukrainian strings every widget uses. */
export const uk: Strings = {
  loading: 'Завантаження…',
  error: {
    'unknown-id': 'Цього не знайдено в реєстрі.',
    'invalid-attribute': 'Віджет налаштовано неправильно.',
    'load-failed': 'Не вдалося завантажити заяви.',
    'invalid-data': 'Дані для цього віджета недійсні.',
  },
  source: 'Джерело',
  credit: 'Джерело: Null & Void',
  alsoAt: 'Також тут',
  excerptNote: 'Стислий виклад складено на основі уривка джерела.',
  dateInferred: 'дату встановлено опосередковано',
  signedBy: 'Підписали',
  fullText: 'Повний текст',
  voteEvent: 'Голосування',
};
