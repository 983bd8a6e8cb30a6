import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { validateAndBuild } from '../../../src/cli/build.ts';

const work = mkdtempSync(join(tmpdir(), 'build-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs the two stand-in scripts through `npm run build`'s runner and records what reached standard output. */
async function run(validate: string, build: string) {
  const written: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
  try {
    const code = await validateAndBuild(['-e', validate], ['-e', build]);
    return { code, output: written.join('') };
  } finally {
    spy.mockRestore();
  }
}

describe('npm run build', () => {
  it('shows the build’s output only once the content has passed, and exits with the build’s code', async () => {
    const { code, output } = await run(
      'setTimeout(() => {}, 300)',
      'console.log("built page 1"); process.exitCode = 0',
    );
    expect(code).toBe(0);
    expect(output).toContain('built page 1');
  });

  it('stops the build when the content fails, gives the validator’s code, and shows nothing of the build', async () => {
    const marker = join(work, 'published');
    const { code, output } = await run(
      'setTimeout(() => process.exit(3), 200)',
      `console.log("building"); setTimeout(() => require("node:fs").writeFileSync(${JSON.stringify(marker)}, "x"), 3000)`,
    );
    expect(code).toBe(3);
    expect(output).not.toContain('building');
    expect(existsSync(marker)).toBe(false);
  });

  it('reports a failed build after the content has passed', async () => {
    expect((await run('', 'console.error("a page failed"); process.exit(2)')).code).toBe(2);
  });
});
