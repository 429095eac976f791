// 10. How long the `babysea` command line takes to start: `--help` (argument parsing and help only)
// and `models --sandbox` (the SDK, an in-process sandbox on 127.0.0.1, one request, the sandbox
// stopped), against `node -e 0` in the same run. The built CLI is run as an installed bin runs it
// (dist/cli.js; in the repository the bin first checks whether the build is stale).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { median, pairedRatio, shuffle } from './harness.mjs';

const cli = fileURLToPath(new URL('../cli/dist/cli.js', import.meta.url));
export const CLI_BASELINE = 'node -e 0';

export function cliStartup({ runs }) {
  const commands = {
    [CLI_BASELINE]: ['-e', '0'],
    'babysea --help': [cli, '--help'],
    'babysea models --sandbox': [cli, 'models', '--sandbox'],
  };
  const env = { ...process.env, NO_COLOR: '1' };
  for (const name of Object.keys(env)) if (name.startsWith('BABYSEA_')) delete env[name];
  const times = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
  for (let i = 0; i < runs + 1; i++) {
    for (const name of shuffle(Object.keys(commands))) {
      const start = process.hrtime.bigint();
      const result = spawnSync(process.execPath, commands[name], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      if (result.status !== 0) throw new Error(`${name} failed: ${result.stderr}`);
      if (i > 0) times[name].push(Number(process.hrtime.bigint() - start) / 1e6); // the first run warms the disk cache
    }
  }
  const stats = Object.fromEntries(Object.entries(times).map(([name, values]) => [name, median(values)]));
  const ratios = Object.fromEntries(
    Object.keys(commands)
      .filter((name) => name !== CLI_BASELINE)
      .map((name) => [name, pairedRatio(times[name], times[CLI_BASELINE])]),
  );
  return { runs, stats, ratios };
}
