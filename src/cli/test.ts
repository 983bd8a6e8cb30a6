/**
 * `npm test`: every check in order, with the time of each stage. The type check and the unit tests are independent,
 * so they run side by side; the build needs neither, but the browser tests need the build. Stops at the first stage
 * that fails and exits with its code.
 */
import { spawn } from 'node:child_process';
import { testAddressEnvironment } from './test-address.ts';

type Stage = { name: string; command: string[] };

const npmScript = (script: string): Stage => ({ name: script, command: ['npm', 'run', '--silent', script] });

/** Groups run one after another; the stages of a group run at the same time. */
const groups: Stage[][] = [[npmScript('check'), npmScript('test:unit')], [npmScript('build')], [npmScript('test:e2e')]];

function run(stage: Stage): Promise<{ stage: Stage; code: number; seconds: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    // Every stage builds and tests with the test address, configured as a release would be (src/cli/test-address.ts).
    const child = spawn(stage.command[0], stage.command.slice(1), { stdio: 'inherit', env: { ...process.env, ...testAddressEnvironment } });
    child.on('close', (code) => resolve({ stage, code: code ?? 1, seconds: (performance.now() - started) / 1000 }));
  });
}

const started = performance.now();
const timings: string[] = [];
let failed: { name: string; code: number } | undefined;
for (const group of groups) {
  const results = await Promise.all(group.map(run));
  for (const { stage, code, seconds } of results) {
    timings.push(`${stage.name.padEnd(10)} ${seconds.toFixed(1).padStart(6)} s  ${code === 0 ? 'ok' : `failed (exit ${code})`}`);
    if (code !== 0) failed ??= { name: stage.name, code };
  }
  if (failed) break;
}
console.log(`\nStages (check and test:unit run side by side):\n${timings.join('\n')}`);
console.log(`total      ${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s`);
if (failed) {
  console.error(`npm test failed at ${failed.name}`);
  process.exit(failed.code);
}
