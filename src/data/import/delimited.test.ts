import { describe, expect, test } from 'vitest';
import { parseCsv } from '../csv';
import { DelimitedTokenizer, detectDelimiter, tokenize, type CsvRecord } from './delimited';

describe('tokenize agrees with parseCsv', () => {
  const texts = [
    'a,b,c\n1,"x, ""y""","two\nlines"\n2,,z\n',
    '\uFEFFcode,total\r\n001,5\r\n002,6',
    'a,b\r\n"multi\r\nline",1\r\n\r\n"x",2\r\n',
    'a,b\n1,x"y\n"q"r,2\n',
    'a,b\r"cr only\r",1\r3,4\r',
  ];
  test.each(texts)('%j', (text) => {
    const table = parseCsv(text, 't.csv');
    const { records } = tokenize(text.replace(/^\uFEFF/, ''), ',');
    expect(records[0]!.fields.map((h) => h.trim())).toEqual(table.header);
    expect(records.slice(1).map((r) => r.row)).toEqual(table.rowNumbers);
    expect(records.slice(1).map((r) => Object.fromEntries(table.header.map((h, i) => [h, r.fields[i]])))).toEqual(table.rows);
  });
});

describe('DelimitedTokenizer', () => {
  const text = 'id;"note"\r\n1;"a;""b""\r\nc"\r\n2;x\r\n;;\r\n\r\n';

  test('records, row numbers, all-empty records skipped', () => {
    expect(tokenize(text, ';')).toEqual({
      records: [{ fields: ['id', 'note'], row: 1 }, { fields: ['1', 'a;"b"\r\nc'], row: 2 }, { fields: ['2', 'x'], row: 4 }],
      unterminatedAt: null,
    });
  });

  test('the same records for every way of cutting the text in two or three', () => {
    const whole = tokenize(text, ';');
    for (let i = 0; i <= text.length; i++) {
      for (let j = i; j <= text.length; j++) {
        const records: CsvRecord[] = [];
        const t = new DelimitedTokenizer(';', (r) => records.push(r));
        t.push(text.slice(0, i));
        t.push(text.slice(i, j));
        t.push(text.slice(j));
        expect({ records, ...t.end() }).toEqual(whole);
      }
    }
  });

  test('a quote never closed', () => {
    expect(tokenize('a,b\n1,2\n"3,4\n5,6\n', ',')).toEqual({ records: [{ fields: ['a', 'b'], row: 1 }, { fields: ['1', '2'], row: 2 }], unterminatedAt: 3 });
  });
});

describe('detectDelimiter', () => {
  test.each([
    ['id,operator,lon,lat', ','],
    ['id;operator;lon;lat', ';'],
    ['id\toperator\tlon\tlat', '\t'],
    ['id;"name, full";lon;lat', ';'],
    ['"a;b",c,d', ','],
    ['single', ','],
  ])('%j → %j', (line, expected) => {
    expect(detectDelimiter(line)).toBe(expected);
  });
});
