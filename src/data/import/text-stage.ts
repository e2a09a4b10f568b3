/**
 * The text side of the loader (`text-input.ts`): decoded text in pieces of any size → the same text, composed to
 * Unicode NFC where it holds combining marks (Windows-1258 writes `ộ` as `ô` + U+0323), with double-encoded UTF-8
 * found (and repaired when asked), U+FFFD characters counted, and every finding placed on its one-based physical
 * line (CRLF, LF or lone CR ends a line).
 *
 * Pieces are cut after their last line end before they are processed, so that no run, no letter with its marks
 * and no example straddles two pieces; a piece with no line end is held until one comes (or until it exceeds
 * {@link MAX_HELD_CHARS}, then it is cut before its last ASCII character, where neither NFC nor a run can continue).
 */
import {
  MAX_MOJIBAKE_EXAMPLES,
  MOJIBAKE_RUN,
  repairRun,
  type EncodingReport,
  type MojibakeReport,
} from './encoding.js';

/** Characters of unfinished text held back at most, unless it has no ASCII character to cut before. */
export const MAX_HELD_CHARS = 1 << 16;

/** Combining marks (Unicode blocks of combining diacritics): a piece with none is already NFC for our purposes. */
const COMBINING = /[\u0300-\u036F\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F]/; // eslint-disable-line no-misleading-character-class -- marks alone are what is looked for
/** Characters that end a field's context in an example: delimiters, quotes, line ends. */
const FIELD_STOP = /[\t\r\n,;"]/;
/** Characters of context kept each side of a run in an example. */
const CONTEXT_CHARS = 40;
const CR = 13;

/** Line ends in `s[from, to)`: CRLF counts once; `afterCR` says the character before `from` was a CR. */
export function countLineEnds(s: string, from: number, to: number, afterCR: boolean): number {
  let n = 0;
  for (let i = s.indexOf('\n', from); i >= 0 && i < to; i = s.indexOf('\n', i + 1)) {
    if (!(i > from ? s.charCodeAt(i - 1) === CR : afterCR)) n++;
  }
  for (let i = s.indexOf('\r', from); i >= 0 && i < to; i = s.indexOf('\r', i + 1)) n++;
  return n;
}

/** C1 control characters (Windows-1252's unassigned 0x81, 0x8D, 0x8F, 0x90, 0x9D read as ISO-8859-1) shown as `<U+0090>`. */
function visible(text: string): string {
  return text.replace(/[\u0080-\u009F]/g, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`);
}

function fixRuns(text: string): string {
  return text.replace(new RegExp(MOJIBAKE_RUN.source, 'g'), (run) => repairRun(run) ?? run);
}

/** Cleans decoded text piece by piece and passes it on; see the module comment. */
export class TextStage {
  private held = '';
  /** Line ends in the text processed so far, and whether it ended with a CR. */
  private lineEnds = 0;
  private afterCR = false;
  private runs = 0;
  private runLines = 0;
  private lastRunLine = 0;
  private readonly examples: MojibakeReport['examples'] = [];
  private repaired = 0;
  private replacement: EncodingReport['replacement'] = null;
  private composed = false;

  constructor(
    private readonly repair: boolean,
    private readonly emit: (text: string) => void,
  ) {}

  /** Takes the next piece of decoded text. */
  push(text: string): void {
    const all = this.held + text;
    let cut = Math.max(all.lastIndexOf('\n'), all.lastIndexOf('\r')) + 1;
    if (cut === 0 && all.length > MAX_HELD_CHARS) {
      cut = all.length - 1;
      while (cut > 0 && all.charCodeAt(cut) >= 0x80) cut--;
    }
    this.held = all.slice(cut);
    if (cut > 0) this.process(all.slice(0, cut));
  }

  /** Processes what is held; call once after the last piece. */
  end(): void {
    if (this.held !== '') this.process(this.held);
    this.held = '';
  }

  /** The one-based line reached after the text pushed so far and then `extra`. */
  lineAfter(extra: string): number {
    const rest = this.held + extra;
    return 1 + this.lineEnds + countLineEnds(rest, 0, rest.length, this.afterCR);
  }

  /** What the stage found, for the {@link EncodingReport}. */
  findings(): Pick<EncodingReport, 'mojibake' | 'repaired' | 'replacement' | 'composed'> {
    const mojibake = this.runs === 0 ? null : { count: this.runs, lines: this.runLines, examples: this.examples };
    return { mojibake, repaired: this.repaired, replacement: this.replacement, composed: this.composed };
  }

  private process(piece: string): void {
    let pos = 0; // line ends counted in piece[0, pos)
    let line = 1 + this.lineEnds;
    const lineOf = (index: number): number => {
      line += countLineEnds(piece, pos, index, pos === 0 ? this.afterCR : piece.charCodeAt(pos - 1) === CR);
      pos = index;
      return line;
    };
    let text = piece;
    const bad = piece.indexOf('\uFFFD');
    if (bad >= 0) {
      const count = piece.split('\uFFFD').length - 1;
      const firstLine = 1 + this.lineEnds + countLineEnds(piece, 0, bad, this.afterCR);
      if (this.replacement === null) this.replacement = { count, firstLine };
      else this.replacement.count += count;
    }
    const runs = new RegExp(MOJIBAKE_RUN.source, 'g');
    const out: string[] = [];
    let copied = 0;
    for (let m = runs.exec(piece); m !== null; m = runs.exec(piece)) {
      const fixed = repairRun(m[0]);
      if (fixed === null) continue;
      this.runs++;
      const at = lineOf(m.index);
      if (at !== this.lastRunLine) {
        this.runLines++;
        this.lastRunLine = at;
        if (this.examples.length < MAX_MOJIBAKE_EXAMPLES)
          this.examples.push(this.example(piece, m.index, m.index + m[0].length, at));
      }
      if (this.repair) {
        out.push(piece.slice(copied, m.index), fixed);
        copied = m.index + m[0].length;
        this.repaired++;
      }
    }
    if (out.length > 0) text = out.join('') + piece.slice(copied);
    if (COMBINING.test(text)) {
      const nfc = text.normalize('NFC');
      if (nfc !== text) this.composed = true;
      text = nfc;
    }
    this.lineEnds = lineOf(piece.length) - 1;
    this.afterCR = piece.charCodeAt(piece.length - 1) === CR;
    this.emit(text);
  }

  private example(piece: string, start: number, end: number, line: number): MojibakeReport['examples'][number] {
    let l = start;
    while (l > 0 && start - l < CONTEXT_CHARS && !FIELD_STOP.test(piece.charAt(l - 1))) l--;
    let r = end;
    while (r < piece.length && r - end < CONTEXT_CHARS && !FIELD_STOP.test(piece.charAt(r))) r++;
    const before = piece.slice(l, r);
    return { line, before: visible(before), after: visible(fixRuns(before).normalize('NFC')) };
  }
}
