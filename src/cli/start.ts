/**
 * `npm start`: validate, build and serve the site on this machine. Without a configured address the build is made
 * for http://127.0.0.1:4321/, where it is served, which src/lib/site-address.ts accepts as a local preview.
 */
import { spawnSync } from 'node:child_process';
import { siteAddressProblems } from '../site/address.ts';

const PREVIEW = { host: '127.0.0.1', port: '4321' };
const env = siteAddressProblems.length ? { ...process.env, SITE_URL: `http://${PREVIEW.host}:${PREVIEW.port}/` } : process.env;
const run = (command: string, args: string[]) => {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
run('npm', ['run', '--silent', 'build']);
run('npm', ['exec', '--', 'astro', 'preview', '--host', PREVIEW.host, '--port', PREVIEW.port]);
