/**
 * Interface strings of the layout feature (see part.ts): the docked ranked table, its resize handle and its
 * column headers, each with its unit, and the levels' short names that fit the sidebar's dropdown.
 */
import { messagePart } from './part.js';

export const LAYOUT_MESSAGES = messagePart(
  {
    'layout.table': 'Bảng xếp hạng',
    'layout.tableRegion': 'Bảng xếp hạng các khu vực',
    'layout.export': 'Xuất dữ liệu',
    'layout.resize': 'Chiều cao bảng (kéo, hoặc dùng phím mũi tên)',
    'layout.resizeValue': 'cao {px} px',
    'layout.col.name': 'Tên',
    'layout.col.percent': 'Tỷ lệ phủ (%)',
    'layout.col.uncovered': 'Dân số chưa phủ (người)',
    'layout.col.area': 'Diện tích (km²)',
    'layout.col.sites': 'Số trạm',
    // Short names of the levels for the sidebar's dropdown, whose room is the sidebar's width.
    'layout.level.unit2025': 'Xã, phường từ 2025 (126)',
    'layout.level.district2019': 'Quận, huyện trước 2025 (30)',
    'layout.level.ward2019': 'Xã, phường năm 2019 (584)',
    'layout.level.h3r8': 'Lưới H3 cấp 8 (~0,74 km²)',
    'layout.level.h3r9': 'Lưới H3 cấp 9 (~0,1 km²)',
  },
  {
    'layout.table': 'Ranked table',
    'layout.tableRegion': 'Ranked table of the areas',
    'layout.export': 'Export',
    'layout.resize': 'Table height (drag, or use the arrow keys)',
    'layout.resizeValue': '{px} px high',
    'layout.col.name': 'Name',
    'layout.col.percent': 'Covered (%)',
    'layout.col.uncovered': 'Population not covered (people)',
    'layout.col.area': 'Area (km²)',
    'layout.col.sites': 'Sites',
    'layout.level.unit2025': 'Communes/wards 2025 (126)',
    'layout.level.district2019': 'Districts before 2025 (30)',
    'layout.level.ward2019': 'Communes/wards 2019 (584)',
    'layout.level.h3r8': 'H3 grid, res. 8 (~0.74 km²)',
    'layout.level.h3r9': 'H3 grid, res. 9 (~0.1 km²)',
  },
);
