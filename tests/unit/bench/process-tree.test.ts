import { describe, expect, it } from 'vitest';
import { parseProcStat, parsePss, processTable, processTree, treeMemoryBytes } from '../../../src/lib/bench/process-tree.ts';

describe('process tree memory', () => {
  it('reads pid and parent from a stat line, whatever the command name holds', () => {
    expect(parseProcStat('123 (node) S 41 123 41 0 -1')).toEqual({ pid: 123, ppid: 41 });
    expect(parseProcStat('124 (a) (b c) R 7 124')).toEqual({ pid: 124, ppid: 7 });
    expect(parseProcStat('garbage')).toBeUndefined();
  });

  it('finds a process and all its descendants, and nothing else', () => {
    const rows = [
      { pid: 1, ppid: 0 },
      { pid: 10, ppid: 1 },
      { pid: 11, ppid: 10 },
      { pid: 12, ppid: 10 },
      { pid: 13, ppid: 11 },
      { pid: 20, ppid: 1 },
    ];
    expect(processTree(rows, 10).toSorted()).toEqual([10, 11, 12, 13]);
    expect(processTree(rows, 13)).toEqual([13]);
    expect(processTree(rows, 99)).toEqual([]);
  });

  it('reads the proportional set size', () => {
    expect(parsePss('Rss:   1804 kB\nPss:    432 kB\nPss_Dirty:   112 kB\n')).toBe(432 * 1024);
    expect(parsePss('')).toBe(0);
  });

  it('measures this process from the machine’s table', () => {
    expect(processTable().find((row) => row.pid === process.pid)?.ppid).toBe(process.ppid);
    expect(treeMemoryBytes(process.pid)).toBeGreaterThan(10 * 2 ** 20);
  });
});
