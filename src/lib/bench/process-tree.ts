/**
 * The memory a process and everything it started use at one moment, from Linux's /proc: a build that runs its
 * validator beside `astro build` needs the sum of them in memory, not only the largest.
 * Each process counts its proportional set size (PSS): pages it shares with the others (the Node binary, libraries)
 * are split between them rather than counted once per process, as a sum of RSS would.
 */
import { readdirSync, readFileSync } from 'node:fs';

export type ProcessRow = { pid: number; ppid: number };

/** A row from the text of /proc/<pid>/stat: the command name may hold spaces and parentheses, so fields count from the last `)`. */
export function parseProcStat(text: string): ProcessRow | undefined {
  const close = text.lastIndexOf(')');
  if (close < 0) return undefined;
  const pid = Number.parseInt(text, 10);
  // After the name: state (field 3), then the parent's pid (field 4).
  const ppid = Number(text.slice(close + 2).split(' ')[1]);
  if (!Number.isInteger(pid) || !Number.isInteger(ppid)) return undefined;
  return { pid, ppid };
}

/** `root` and all its descendants. */
export function processTree(rows: readonly ProcessRow[], root: number): number[] {
  const children = new Map<number, number[]>();
  for (const { pid, ppid } of rows) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const tree: number[] = [];
  const stack = rows.some((row) => row.pid === root) ? [root] : [];
  for (let pid = stack.pop(); pid !== undefined; pid = stack.pop()) {
    tree.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** The `Pss:` line of /proc/<pid>/smaps_rollup, in bytes. */
export function parsePss(smapsRollup: string): number {
  const kb = /^Pss:\s+(\d+) kB$/m.exec(smapsRollup)?.[1];
  return kb === undefined ? 0 : Number(kb) * 1024;
}

const readOrEmpty = (path: string): string => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    // The process ended between the listing and the read.
    return '';
  }
};

/** Every process this machine lists now. */
export function processTable(): ProcessRow[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map((name) => parseProcStat(readOrEmpty(`/proc/${name}/stat`)))
    .filter((row): row is ProcessRow => row !== undefined);
}

/** The memory of `root` and everything it started, now (0 once it has ended). */
export function treeMemoryBytes(root: number): number {
  return processTree(processTable(), root).reduce((sum, pid) => sum + parsePss(readOrEmpty(`/proc/${pid}/smaps_rollup`)), 0);
}
