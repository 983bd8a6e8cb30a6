/** Every GitHub Actions workflow validates against the workflow schema (action-validator), and each one has a timeout. */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const { validateWorkflow } = createRequire(import.meta.url)('@action-validator/core') as {
  validateWorkflow: (source: string) => { errors: { code: string; path: string; title: string }[] };
};
const folder = '.github/workflows';
const workflows = readdirSync(folder).filter((name) => name.endsWith('.yml'));

describe('GitHub Actions workflows', () => {
  it('include the checks, the Pages deploy and the release', () => {
    expect(workflows.sort()).toEqual(['checks.yml', 'deploy.yml', 'release.yml']);
  });

  for (const name of workflows) {
    it(`${name} is a valid workflow with a timeout on every job`, () => {
      const source = readFileSync(`${folder}/${name}`, 'utf8');
      expect(validateWorkflow(source).errors).toEqual([]);
      const jobs = (parse(source) as { jobs: Record<string, { 'timeout-minutes'?: number }> }).jobs;
      for (const [job, definition] of Object.entries(jobs)) expect(definition['timeout-minutes'], `${name} ${job}`).toBeGreaterThan(0);
    });
  }

  it('would catch a broken workflow', () => {
    expect(validateWorkflow('on: push\njobs:\n  x:\n    runs-on: ubuntu-24.04\n    stepz: []\n').errors.length).toBeGreaterThan(0);
  });

  it('deploys with the official Pages actions', () => {
    const deploy = readFileSync(`${folder}/deploy.yml`, 'utf8');
    for (const action of ['actions/configure-pages@', 'actions/upload-pages-artifact@', 'actions/deploy-pages@']) expect(deploy).toContain(action);
  });
});
