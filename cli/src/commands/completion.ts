/**
 * `babysea completion SHELL`: the shell completion script (commands, flags, model ids). The scripts
 * (from @bomb.sh/tab) call `babysea complete -- WORDS…` at each Tab, which main.ts answers.
 */
import { Argument, type Command } from 'commander';
import { action } from '../action.ts';

export const SHELLS = ['bash', 'zsh', 'fish', 'powershell'] as const;

export function register(program: Command): void {
  program
    .command('completion')
    .description('print the shell completion script: commands, flags and model ids complete on Tab')
    .addArgument(new Argument('<shell>', 'bash, zsh, fish or powershell').choices(SHELLS))
    .addHelpText(
      'after',
      `
Install:
  bash:  babysea completion bash > ~/.local/share/bash-completion/completions/babysea
  zsh:   babysea completion zsh > "\${fpath[1]}/_babysea"   (or: source <(babysea completion zsh) in ~/.zshrc)
  fish:  babysea completion fish > ~/.config/fish/completions/babysea.fish`,
    )
    .action(
      action(async (_session, [shell]) => {
        const { runCompletion } = await import('../completion.ts');
        await runCompletion(['completion', shell!]);
        return undefined;
      }),
    );
}
