/** `babysea`: parses the command line and runs the command; the process's exit code says how it went. */
import { CommanderError } from 'commander';
import { EXIT } from './exit-codes.ts';
import { buildProgram } from './program.ts';

async function main(argv: string[]): Promise<number> {
  // What the completion scripts call at each Tab: answered by the completion library, not a command.
  if (argv[0] === 'complete') {
    const { runCompletion } = await import('./completion.ts');
    await runCompletion(argv);
    return EXIT.ok;
  }
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    // --help and --version end here with 0; a parse error (already printed) is a usage error.
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    throw error;
  }
  return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(EXIT.failed);
  },
);
