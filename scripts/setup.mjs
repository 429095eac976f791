// `npm run setup`: the Debian packages the tests use beyond npm's, installed with apt-get when
// missing. apt's output is kept and shown only if a step fails; the last line says what is ready.
// Another package is one more entry in PACKAGES.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const PACKAGES = [
  // CHROMIUM_PATH points the browser tests (test/helpers/chromium.ts) at another Chromium.
  { name: 'chromium', command: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', for: 'the browser tests' },
  { name: 'curl', command: 'curl', for: "the API reference's curl samples" },
  // REDIS_SERVER points the Redis store tests (test/helpers/redis.ts) at another redis-server.
  { name: 'redis-server', command: process.env.REDIS_SERVER ?? 'redis-server', for: 'the Redis store tests' },
];

/** `<name> <version>` from `<command> --version`, or undefined when the command is not there. */
function version(command) {
  if (command.startsWith('/') && !existsSync(command)) return undefined;
  const result = spawnSync(command, ['--version'], { encoding: 'utf8' });
  if (result.status !== 0) return undefined;
  // Its name and version: the words up to the first that holds a digit ("Redis server v=7.0.15").
  const words = result.stdout.trim().split(/\s+/);
  return words.slice(0, words.findIndex((word) => /\d/.test(word)) + 1 || 2).join(' ');
}

const missing = PACKAGES.filter((pkg) => version(pkg.command) === undefined);
if (missing.length > 0) {
  console.log(`Installing ${missing.map((pkg) => `${pkg.name} (${pkg.for})`).join(', ')} with apt-get…`);
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const quiet = ['-qq', '-o', 'Dpkg::Use-Pty=0'];
  for (const args of [
    ['apt-get', 'update', ...quiet],
    ['apt-get', 'install', '-y', ...quiet, ...missing.map((pkg) => pkg.name)],
  ]) {
    const command = [...sudo, ...args];
    const result = spawnSync(command[0], command.slice(1), {
      encoding: 'utf8',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      maxBuffer: 64 * 1024 * 1024,
    });
    if (result.status !== 0) {
      process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? `${result.error.message}\n` : ''}`);
      console.error(`\`${command.join(' ')}\` failed: install ${missing.map((pkg) => pkg.name).join(' and ')} yourself.`);
      process.exit(1);
    }
  }
}

const ready = PACKAGES.map((pkg) => ({ ...pkg, version: version(pkg.command) }));
const absent = ready.filter((pkg) => pkg.version === undefined);
if (absent.length > 0) {
  console.error(`Still missing after apt-get: ${absent.map((pkg) => `${pkg.name} (${pkg.command})`).join(', ')}.`);
  process.exit(1);
}
console.log(`Ready: ${ready.map((pkg) => `${pkg.version} for ${pkg.for}`).join('; ')}.`);
