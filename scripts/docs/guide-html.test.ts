import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeGuidePage } from './guide-html.js';

describe('the user guide page', () => {
  it('renders docs/huong-dan.md with every image it names beside it', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'guide-'));
    try {
      const html = fs.readFileSync(await writeGuidePage(out), 'utf8');
      expect(html).toMatch(/^<!doctype html><html lang="vi">/);
      expect(html).toContain('<h1');
      const images = [...html.matchAll(/<img src="([^"]+)"/g)].map((m) => m[1]!);
      expect(images.length).toBeGreaterThan(5);
      for (const src of images) expect(fs.existsSync(path.join(out, src)), src).toBe(true);
      expect(html).not.toMatch(/https?:\/\/(?!localhost)/);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});
