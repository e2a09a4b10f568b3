/** Shared pieces of the import benchmarks: a fixed-seed generator and the process's peak memory. */
import { readFileSync } from 'node:fs';

/** mulberry32 (Tommy Ettinger): a small fixed-seed generator of [0, 1), so that every run reads the same file. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The process's peak resident set, MB (Linux `VmHWM` of `/proc/self/status`); null elsewhere. */
export function vmHwmMb(): number | null {
  try {
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}
