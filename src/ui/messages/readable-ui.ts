/**
 * Interface strings of issue #18's small interface fixes (see part.ts): the time control's quarter, the map's
 * accessible name, and the note shown when the browser blocks the report's page and it is downloaded instead.
 */
import { messagePart } from './part.js';

export const READABLE_UI_MESSAGES = messagePart(
  {
    'readableUi.quarter': 'Quý {q}/{year}',
    'readableUi.map': 'Bản đồ',
    'readableUi.pageBlocked': 'Trình duyệt chặn cửa sổ mới: trang in đã được tải xuống thành tệp {file}.',
  },
  {
    'readableUi.quarter': 'Q{q} {year}',
    'readableUi.map': 'Map',
    'readableUi.pageBlocked': 'The browser blocked the new window: the printable page was downloaded as {file}.',
  },
);
