/**
 * Runs a command's handler in a session: the global options read, the client made on demand, any
 * failure reported (one line for bad input) with its exit code, and whatever the command started
 * stopped at the end, however it ended.
 */
import type { Command } from 'commander';
import { EXIT } from './exit-codes.ts';
import { reportError } from './failures.ts';
import { Output } from './output.ts';
import { type GlobalOptions, Session } from './session.ts';

export type Handler<O> = (session: Session, args: string[], options: O) => Promise<number | undefined>;

/** A commander action that runs `handler` and sets the process's exit code. */
export function action<O>(handler: Handler<O>) {
  return async (...received: unknown[]) => {
    const command = received.at(-1) as Command;
    const globals = command.optsWithGlobals() as GlobalOptions;
    process.exitCode = await runInSession(globals, (session) => handler(session, command.processedArgs as string[], command.opts() as O));
  };
}

export async function runInSession(globals: GlobalOptions, run: (session: Session) => Promise<number | undefined>): Promise<number> {
  let session: Session;
  try {
    session = new Session(globals);
  } catch (error) {
    return reportError(new Output(globals), error);
  }
  try {
    return (await run(session)) ?? EXIT.ok;
  } catch (error) {
    // Stopped by Ctrl-C while sending: the command says nothing more than that it stopped.
    if (session.signal.aborted) {
      session.output.note(`Stopped by ${session.stoppedBy}.`);
      return session.stoppedCode;
    }
    return reportError(session.output, error);
  } finally {
    await session.close();
  }
}
