/** Interface strings of the planner's first-view picture (FirstViewPicture.tsx; see part.ts). */
import { messagePart } from './part.js';

export const FIRST_VIEW_MESSAGES = messagePart(
  { 'firstView.note': 'Ảnh xem trước theo số liệu tính sẵn · bản đồ đang tải…' },
  { 'firstView.note': 'Preview from the stored figures · the map is loading…' },
);
