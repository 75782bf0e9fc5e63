/** Date strings: machine formats (published-date.ts) and human datelines (published-words.ts). */
import { describe, expect, it } from 'vitest';
import { calendarDate, normalizeDate } from '../../src/page/published-date';
import { cueBefore, findTextDates, isDayFirst } from '../../src/page/published-words';

describe('normalizeDate: machine-readable dates, as precise as stated', () => {
  it.each([
    ['2023-02-06', '2023-02-06'],
    ['2023-02', '2023-02'],
    ['2023-02-06T09:30:00+01:00', '2023-02-06T09:30:00+01:00'],
    ['2023-02-06T09:30+0100', '2023-02-06T09:30+01:00'],
    ['2023-02-06T09:30:00.318Z', '2023-02-06T09:30:00.318Z'],
    ['2023-02-06T09:30:00,5Z', '2023-02-06T09:30:00.5Z'],
    ['2023-02-06 09:30:00', '2023-02-06T09:30:00'], // sailthru.date: local time, no zone
    ['2023-02-06T09:30:00 UTC', '2023-02-06T09:30:00Z'],
    ['  2023/2/6  ', '2023-02-06'],
    ['2023.02.06', '2023-02-06'],
    ['20230206', '2023-02-06'],
    ['20230206T093000Z', '2023-02-06T09:30:00Z'],
    ['Mon, 06 Feb 2023 09:30:00 +0100', '2023-02-06T09:30:00+01:00'],
    ['06 Feb 2023 09:30:00 GMT', '2023-02-06T09:30:00Z'],
    ['Mon, 06 Feb 2023 09:30:00 EST', '2023-02-06T09:30:00-05:00'],
    ['1675672200', '2023-02-06T08:30:00Z'], // Unix seconds
    ['1675672200000', '2023-02-06T08:30:00Z'], // Unix milliseconds
    ['2024-02-29', '2024-02-29'], // leap year
    ['2000-02-29', '2000-02-29'],
  ])('%j → %s', (input, out) => {
    expect(normalizeDate(input)).toBe(out);
  });

  it.each([
    '2023-02-30', '2023-02-29', '1900-02-29', '2023-13-01', '2023-00-10', '2023-04-31', // not calendar dates
    '1994-12-31', '2101-01-01', '0000-00-00', '9999-12-31', // out of range
    '2023-02-06T25:00:00Z', '2023-02-06T09:60:00Z', '2023-02-06T09:30:00+15:00', '2023-02-06T09:30:00+01:75',
    '2023', 'N/A', '', '   ', 'not a date', 'null', '2023-02-06garbage', '{{ post.date }}', '0', '-1',
    'x'.repeat(100_000), '2023-02-06'.repeat(20),
  ])('rejects %j', (input) => {
    expect(normalizeDate(input)).toBeNull();
  });

  it('rejects non-strings without throwing', () => {
    for (const v of [null, undefined, {}, [], true, Symbol('x'), () => 1]) expect(normalizeDate(v)).toBeNull();
  });

  it('validates calendar dates', () => {
    expect(calendarDate(2023, 2, 28)).toBe('2023-02-28');
    expect(calendarDate(2023, 2)).toBe('2023-02');
    expect(calendarDate(2023, 2, 29)).toBeNull();
    expect(calendarDate(2023.5, 2, 1)).toBeNull();
    expect(calendarDate(NaN, 2, 1)).toBeNull();
  });
});

describe('findTextDates: datelines in the page language', () => {
  const first = (text: string, dayFirst = true): string | undefined => findTextDates(text, dayFirst)[0]?.date;

  it.each([
    ['Publié le 3 février 2023 à 10h12', '2023-02-03'],
    ['Publié le 1er février 2023', '2023-02-01'],
    ['Mis à jour le 03 fevrier 2023', '2023-02-03'],
    ['lundi 6 févr. 2023', '2023-02-06'],
    ['Published 3 February 2023', '2023-02-03'],
    ['Published February 3, 2023 at 9:30 AM', '2023-02-03'],
    ['Feb. 3, 2023', '2023-02-03'],
    ['3rd Feb 2023', '2023-02-03'],
    ['Actualizado: 12/03/2024 - 10:05 CET', '2024-03-12'],
    ['06 feb 2023 - 05:40 CET', '2023-02-06'],
    ['3 de febrero de 2023', '2023-02-03'],
    ['Veröffentlicht am 3. Februar 2023', '2023-02-03'],
    ['08.02.2023, 17.45 Uhr', '2023-02-08'],
    ['3. März 2023', '2023-03-03'],
    ['Pubblicato il 3 febbraio 2023', '2023-02-03'],
    ['ROMA 10 febbraio 2023 10:32', '2023-02-10'],
    ['3 de fevereiro de 2023', '2023-02-03'],
    ['3 februari 2023', '2023-02-03'],
    ['2023年2月3日 09:30', '2023-02-03'],
    ['发布时间：2023 年 2 月 3 日', '2023-02-03'],
    ['2023년 2월 3일', '2023-02-03'],
    ['입력 2023.02.16. 오전 9:30', '2023-02-16'],
    ['2023-02-03 09:30', '2023-02-03'],
    ['2023/02/03', '2023-02-03'],
  ])('%s → %s', (text, date) => {
    expect(first(text)).toBe(date);
  });

  it('reads numeric dates day first in es/fr/de/it and month first in US English, unless impossible', () => {
    expect(first('12/03/2024', true)).toBe('2024-03-12');
    expect(first('12/03/2024', false)).toBe('2024-12-03');
    expect(first('25/03/2024', false)).toBe('2024-03-25');
    expect(isDayFirst('fr')).toBe(true);
    expect(isDayFirst('es-ES')).toBe(true);
    expect(isDayFirst('de')).toBe(true);
    expect(isDayFirst('it-IT')).toBe(true);
    expect(isDayFirst('zh-CN')).toBe(true);
    expect(isDayFirst('en-GB')).toBe(true);
    expect(isDayFirst('en-US')).toBe(false);
    expect(isDayFirst('en')).toBe(false);
    expect(isDayFirst('')).toBe(true);
  });

  it('finds nothing in text without a valid, complete date', () => {
    for (const text of [
      'Xiaomi vendra 300 000 voitures par an', 'en 2024', 'février 2023', '31 février 2023', '30/02/2023',
      'tel. 06.02.20231', '2023年2月', '© 2011~2023', 'May the 4th', '3 out of 2023 cars',
    ]) {
      expect(findTextDates(text, true), text).toEqual([]);
    }
  });

  it('finds every date in order, without overlaps', () => {
    const dates = findTextDates('Publié le 07 février 2023 à 06h00, modifié le 08/02/2023 à 11h02', true);
    expect(dates.map((d) => d.date)).toEqual(['2023-02-07', '2023-02-08']);
  });

  it('tells published from updated wording, the closest cue winning', () => {
    expect(cueBefore('Publié le ')).toBe('published');
    expect(cueBefore('Actualizado: ')).toBe('updated');
    expect(cueBefore('Zuletzt aktualisiert am ')).toBe('updated');
    expect(cueBefore('Veröffentlicht am ')).toBe('published');
    expect(cueBefore('Published 10:00 · Updated ')).toBe('updated');
    expect(cueBefore(' à 06h00, modifié le ')).toBe('updated');
    expect(cueBefore('发布时间：')).toBe('published');
    expect(cueBefore('수정 ')).toBe('updated');
    expect(cueBefore('Par Jean Dupont, ')).toBeNull();
  });
});
