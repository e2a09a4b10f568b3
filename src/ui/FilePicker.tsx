/**
 * A file field wholly in the interface language: its name, then a button ("Chọn tệp…" / "Choose a file…") over the
 * native file input, which stays in the page (tests and keyboards reach it) but unseen: its own "Choose File" and
 * "No file chosen" follow the browser's language, not the app's, so a Vietnamese page showed them in English.
 */
import type { InputHTMLAttributes } from 'react';
import type { Lang } from '../domain/lang.js';
import './FilePicker.css';

/** The button's words: one file, or several (`multiple`). */
export const FILE_PICKER_WORDS: Readonly<Record<Lang, { one: string; many: string }>> = {
  vi: { one: 'Chọn tệp…', many: 'Chọn các tệp…' },
  en: { one: 'Choose a file…', many: 'Choose files…' },
};

type Props = {
  /** What the file is ("Tệp chỉ số (CSV)"): shown over the button, and the input's accessible name. */
  label: string;
  lang: Lang;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'aria-label'>;

/** The field; every other prop goes to the `<input type="file">` (its test id, `accept`, `onChange`…). */
export function FilePicker({ label, lang, ...input }: Props) {
  const words = FILE_PICKER_WORDS[lang];
  return (
    <div className="file-picker">
      <span className="file-picker-name" aria-hidden="true">
        {label}
      </span>
      <label className="file-button">
        {input.multiple ? words.many : words.one}
        <input type="file" aria-label={label} {...input} />
      </label>
    </div>
  );
}
