/**
 * The one CSV tokenizer of the project: an incremental RFC 4180 tokenizer for delimited text as spreadsheets write
 * it, fed in chunks of any size. The streaming importers (sites, speed measurements), the indicator import and the
 * census files of the pipeline (`../csv.ts`) all read through it.
 *
 * Quoted fields with `""` escapes, delimiters and line breaks; CRLF, LF or lone CR line ends; a record's row is
 * the one-based line on which it starts, so the header is row 1; blank lines are skipped; a quote inside an
 * unquoted field, or text after a closing quote, is kept as text. It takes `,`, `;` or tab, keeps state across
 * chunk boundaries (a chunk may end inside quotes, between `"` and `"`, or between CR and LF), and by default also
 * skips records whose fields are all empty (`;;;;`: Excel writes them for rows that once held formatting).
 */

/** One record as the tokenizer found it; `row` is the one-based line on which it starts. */
export type CsvRecord = { fields: string[]; row: number };

/** The delimiters a file may use. */
export type Delimiter = ',' | ';' | '\t';

/** How records are passed on. */
export type TokenizerOptions = {
  /**
   * Passes on records whose fields are all empty (`,,,`) instead of skipping them, for readers that report every
   * row they do not use (the census files). Blank lines are skipped either way. @default false
   */
  keepEmptyRecords: boolean;
};

export const TOKENIZER_DEFAULTS: Readonly<TokenizerOptions> = { keepEmptyRecords: false };

const QUOTE = 34;
const CR = 13;
const LF = 10;
/** Field states: nothing read yet, plain text, inside quotes, a quote seen inside quotes (closing or `""`). */
const START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
const QUOTE_SEEN = 3;

/** Tokenizes delimited text chunk by chunk; completed records go to `onRecord` in order. */
export class DelimitedTokenizer {
  private fields: string[] = [];
  private field = '';
  private state = START;
  private line = 1;
  private recordRow = 1;
  /** The last character was a CR ending a record: an LF right after it belongs to the same line end. */
  private afterCR = false;
  /** The last character was a CR inside quotes: an LF right after it does not start another line. */
  private quotedCR = false;
  private readonly delimiter: number;
  private readonly keepEmpty: boolean;

  constructor(
    delimiter: Delimiter,
    private readonly onRecord: (record: CsvRecord) => void,
    options: Partial<TokenizerOptions> = {},
  ) {
    this.delimiter = delimiter.charCodeAt(0);
    this.keepEmpty = options.keepEmptyRecords ?? TOKENIZER_DEFAULTS.keepEmptyRecords;
  }

  /** Reads one more piece of the text. */
  push(chunk: string): void {
    let run = -1; // start of a run of literal characters in this chunk, not yet added to `field`
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (this.afterCR) {
        this.afterCR = false;
        if (c === LF) continue;
      }
      if (this.state === QUOTED) {
        if (c === QUOTE) {
          if (run >= 0) this.field += chunk.slice(run, i);
          run = -1;
          this.state = QUOTE_SEEN;
        } else {
          if (run < 0) run = i;
          if (c === CR || (c === LF && !this.quotedCR)) this.line++;
          this.quotedCR = c === CR;
        }
        continue;
      }
      if (this.state === QUOTE_SEEN) {
        if (c === QUOTE) {
          this.field += '"';
          this.state = QUOTED;
          this.quotedCR = false;
          continue;
        }
        this.state = UNQUOTED; // the quote closed the field's quoted part
      }
      if (c === this.delimiter || c === CR || c === LF) {
        if (run >= 0) this.field += chunk.slice(run, i);
        run = -1;
        if (c === this.delimiter) {
          this.fields.push(this.field);
          this.field = '';
          this.state = START;
        } else {
          this.endRecord();
          this.line++;
          this.recordRow = this.line;
          this.afterCR = c === CR;
        }
      } else if (c === QUOTE && this.state === START) {
        this.state = QUOTED;
        this.quotedCR = false;
      } else {
        if (run < 0) run = i;
        this.state = UNQUOTED;
      }
    }
    if (run >= 0) this.field += chunk.slice(run);
  }

  /**
   * Ends the input. Returns the row of a quote left open at the end, whose record (and everything after the
   * quote) is lost, or null.
   */
  end(): { unterminatedAt: number | null } {
    if (this.state === QUOTED) return { unterminatedAt: this.recordRow };
    this.endRecord();
    return { unterminatedAt: null };
  }

  private endRecord(): void {
    const started = this.fields.length > 0 || this.state !== START;
    if (started) {
      this.fields.push(this.field);
      if (this.keepEmpty || this.fields.some((f) => f !== ''))
        this.onRecord({ fields: this.fields, row: this.recordRow });
    }
    this.fields = [];
    this.field = '';
    this.state = START;
  }
}

/** Position just after the first line end outside quotes, or -1 when `text` does not hold a whole line yet. */
export function firstLineEnd(text: string): number {
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) inQuotes = !inQuotes;
    else if (!inQuotes && (c === CR || c === LF)) return i + 1;
  }
  return -1;
}

/**
 * The delimiter of a file from its first line, quoting-aware: the most frequent of `,`, `;` and tab outside
 * quotes; ties go to comma, then semicolon. A line with none of them (one column) is comma-delimited.
 */
export function detectDelimiter(firstLine: string): Delimiter {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let inQuotes = false;
  for (const ch of firstLine) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
  }
  const order: Delimiter[] = [',', ';', '\t'];
  return order.reduce((best, d) => (counts[d] > counts[best] ? d : best), ',');
}

/** Tokenizes a whole text at once with a known delimiter (a first line, tests). */
export function tokenize(
  text: string,
  delimiter: Delimiter,
  options: Partial<TokenizerOptions> = {},
): { records: CsvRecord[]; unterminatedAt: number | null } {
  const records: CsvRecord[] = [];
  const tokenizer = new DelimitedTokenizer(delimiter, (r) => records.push(r), options);
  tokenizer.push(text);
  return { records, ...tokenizer.end() };
}

/**
 * A delimited text streamed from its first piece: a leading byte-order mark is dropped, the delimiter is read
 * from the first whole line (`detectDelimiter`), told to `onDelimiter` before any record, and the records go to
 * `onRecord`. The one front end of every delimited file (see {@link tokenizeText} for a text read whole).
 */
export class DelimitedStream {
  private pending = '';
  private tokenizer: DelimitedTokenizer | null = null;
  /** The delimiter, once the first line (or the end) was reached. */
  delimiter: Delimiter | null = null;

  constructor(
    private readonly onDelimiter: (d: Delimiter) => void,
    private readonly onRecord: (record: CsvRecord) => void,
    private readonly options: Partial<TokenizerOptions> = {},
  ) {}

  /** Reads the next piece of the text. */
  push(chunk: string): void {
    if (this.tokenizer !== null) {
      this.tokenizer.push(chunk);
      return;
    }
    this.pending += chunk;
    if (this.pending.startsWith('\uFEFF')) this.pending = this.pending.slice(1);
    const end = firstLineEnd(this.pending);
    if (end >= 0) this.start(end);
  }

  /** Ends the input; as {@link DelimitedTokenizer.end}. */
  end(): { unterminatedAt: number | null } {
    if (this.tokenizer === null) this.start(this.pending.length);
    return this.tokenizer!.end();
  }

  private start(firstLineEndAt: number): void {
    const delimiter = (this.delimiter = detectDelimiter(this.pending.slice(0, firstLineEndAt)));
    this.onDelimiter(delimiter);
    this.tokenizer = new DelimitedTokenizer(delimiter, this.onRecord, this.options);
    const text = this.pending;
    this.pending = '';
    this.tokenizer.push(text);
  }
}

/**
 * A whole delimited text as {@link DelimitedStream} reads it: a leading byte-order mark dropped, the delimiter
 * detected from the first line, every record, and the row of a quote left open at the end (or null).
 */
export function tokenizeText(
  text: string,
  options: Partial<TokenizerOptions> = {},
): { delimiter: Delimiter; records: CsvRecord[]; unterminatedAt: number | null } {
  const records: CsvRecord[] = [];
  let delimiter: Delimiter = ',';
  const stream = new DelimitedStream(
    (d) => (delimiter = d),
    (r) => records.push(r),
    options,
  );
  stream.push(text);
  const { unterminatedAt } = stream.end();
  return { delimiter, records, unterminatedAt };
}
