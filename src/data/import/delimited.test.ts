import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseCsv } from '../csv.js';
import {
  DelimitedTokenizer,
  detectDelimiter,
  tokenize,
  tokenizeText,
  type CsvRecord,
  type Delimiter,
} from './delimited.js';

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
    expect(records.slice(1).map((r) => Object.fromEntries(table.header.map((h, i) => [h, r.fields[i]])))).toEqual(
      table.rows,
    );
  });
});

describe('DelimitedTokenizer', () => {
  const text = 'id;"note"\r\n1;"a;""b""\r\nc"\r\n2;x\r\n;;\r\n\r\n';

  test('records, row numbers, all-empty records skipped', () => {
    expect(tokenize(text, ';')).toEqual({
      records: [
        { fields: ['id', 'note'], row: 1 },
        { fields: ['1', 'a;"b"\r\nc'], row: 2 },
        { fields: ['2', 'x'], row: 4 },
      ],
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
    expect(tokenize('a,b\n1,2\n"3,4\n5,6\n', ',')).toEqual({
      records: [
        { fields: ['a', 'b'], row: 1 },
        { fields: ['1', '2'], row: 2 },
      ],
      unterminatedAt: 3,
    });
  });
});

describe('keepEmptyRecords', () => {
  test('passes on records of empty fields, still skips blank lines', () => {
    expect(tokenize('a;b\r\n;;\r\n\r\n1;2', ';', { keepEmptyRecords: true })).toEqual({
      records: [
        { fields: ['a', 'b'], row: 1 },
        { fields: ['', '', ''], row: 2 },
        { fields: ['1', '2'], row: 4 },
      ],
      unterminatedAt: null,
    });
  });
});

describe('tokenizeText', () => {
  test('drops the byte-order mark and reads the delimiter from the first line', () => {
    expect(tokenizeText('\uFEFFid;"note, long"\n1;"a,b"\n')).toEqual({
      delimiter: ';',
      records: [
        { fields: ['id', 'note, long'], row: 1 },
        { fields: ['1', 'a,b'], row: 2 },
      ],
      unterminatedAt: null,
    });
  });

  test('a text without a line end is one record; an empty text none', () => {
    expect(tokenizeText('a\tb')).toEqual({
      delimiter: '\t',
      records: [{ fields: ['a', 'b'], row: 1 }],
      unterminatedAt: null,
    });
    expect(tokenizeText('')).toEqual({ delimiter: ',', records: [], unterminatedAt: null });
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

describe('DelimitedTokenizer: the same records whatever the chunking (property)', () => {
  /** Field text: letters, Vietnamese letters, quotes, every delimiter and line end. */
  const piece = fc.constantFrom('a', 'x1', 'ế', 'Hà Nội', 'ư', ' ', '"', '""', ',', ';', '\t', '\r', '\n', '\r\n');
  const field = fc.record({
    text: fc.array(piece, { maxLength: 4 }).map((p) => p.join('')),
    quoteAnyway: fc.boolean(),
  });
  const lineEnd = fc.constantFrom('\n', '\r\n', '\r');
  const csv = fc.record({
    delimiter: fc.constantFrom<Delimiter>(',', ';', '\t'),
    rows: fc.array(fc.record({ fields: fc.array(field, { minLength: 1, maxLength: 4 }), end: lineEnd }), {
      minLength: 1,
      maxLength: 6,
    }),
    lastEnd: fc.boolean(),
  });

  type Csv = {
    delimiter: Delimiter;
    rows: { fields: { text: string; quoteAnyway: boolean }[]; end: string }[];
    lastEnd: boolean;
  };

  /** The text of the rows (quoted where RFC 4180 needs it) and the records a tokenizer must find, with their rows. */
  function build(c: Csv): { text: string; expected: CsvRecord[] } {
    let text = '';
    let line = 1;
    const expected: CsvRecord[] = [];
    c.rows.forEach((r, i) => {
      const values = r.fields.map((f) => f.text);
      const needsQuotes = (v: string): boolean => v.includes(c.delimiter) || /["\r\n]/.test(v);
      text += r.fields
        .map((f) => (f.quoteAnyway || needsQuotes(f.text) ? `"${f.text.replace(/"/g, '""')}"` : f.text))
        .join(c.delimiter);
      if (values.some((v) => v !== '')) expected.push({ fields: values, row: line });
      for (const v of values) line += v.match(/\r\n|\r|\n/g)?.length ?? 0;
      // An empty row between a CR and an LF leaves a CRLF: one line end, not two.
      if (!(r.end === '\n' && text.endsWith('\r'))) line++;
      if (i < c.rows.length - 1 || c.lastEnd) text += r.end;
    });
    return { text, expected };
  }

  function chunked(text: string, delimiter: Delimiter, cuts: number[]): ReturnType<typeof tokenize> {
    const records: CsvRecord[] = [];
    const t = new DelimitedTokenizer(delimiter, (r) => records.push(r));
    const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
    let from = 0;
    for (const cut of [...at, text.length]) {
      t.push(text.slice(from, cut));
      from = cut;
    }
    return { records, ...t.end() };
  }

  test('random texts, random cuts (inside quotes, between "" and between CR LF): the records of the rows written', () => {
    fc.assert(
      fc.property(csv, fc.array(fc.nat(), { maxLength: 12 }), (c, cuts) => {
        const { text, expected } = build(c);
        expect(tokenize(text, c.delimiter)).toEqual({ records: expected, unterminatedAt: null });
        expect(chunked(text, c.delimiter, cuts)).toEqual({ records: expected, unterminatedAt: null });
      }),
      { numRuns: 500 },
    );
  });

  test('every single-character chunking gives the same records as the whole text', () => {
    fc.assert(
      fc.property(csv, (c) => {
        const { text } = build(c);
        expect(
          chunked(
            text,
            c.delimiter,
            Array.from({ length: text.length }, (_, i) => i),
          ),
        ).toEqual(tokenize(text, c.delimiter));
      }),
      { numRuns: 200 },
    );
  });
});
