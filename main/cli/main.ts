// `npm run --silent cli -- <command>`: the command-line door onto the core. No Electron needed.
import { UserError } from '../../shared/result';
import { EXIT, type Io } from './command';
import type { Command } from './command';

const VERSION = '0.1.0';

/**
 * The commands load on first use, so that `--version` starts without reading the whole core.
 * require() in CommonJS (the built CLI, tsx, Playwright); import() where modules are ESM (vitest).
 */
async function loadCommands(): Promise<Command[]> {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy on purpose, see above
    return (require('./commands/index') as typeof import('./commands/index')).commands;
  } catch {
    // An ESM runner's require cannot read TypeScript; its import() can (and a real error repeats there).
    return (await import('./commands/index')).commands;
  }
}

export function help(commands: Command[]): string {
  // Usage on one line and what it does on the next: some usages are too long for one column.
  return [
    'Treaty Desk: answer a UN treaty body list of issues.',
    '',
    'Usage: npm run --silent cli -- <command> [options]',
    '',
    ...commands.flatMap((c) => [`  ${c.usage}`, `      ${c.summary}`]),
    '',
    '  --help       this list',
    '  --version    the version',
  ].join('\n');
}

export async function runCli(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(help(await loadCommands()));
    return name ? EXIT.ok : EXIT.usage;
  }
  if (name === '--version' || name === '-v') {
    io.out(VERSION);
    return EXIT.ok;
  }
  const command = (await loadCommands()).find((c) => c.name === name);
  if (!command) {
    io.err(`treaty-desk: unknown command "${name}"; run with --help for the list.`);
    return EXIT.usage;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out([`Usage: npm run --silent cli -- ${command.usage}`, `  ${command.summary}`].join('\n'));
    return EXIT.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    const code = String((e as { code?: unknown }).code ?? '');
    const argsError = code.startsWith('ERR_PARSE_ARGS');
    const usage = argsError || (e instanceof UserError && e.message.startsWith('usage:'));
    // Node's own words for an unknown option run on about '--' quoting; ours name it and the usage.
    const unknown = code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? /'([^']+)'/.exec((e as Error).message)?.[1] : undefined;
    const message = unknown ? `unknown option ${unknown}; usage: ${command.usage}` : e instanceof Error ? e.message : String(e);
    io.err(`treaty-desk ${name}: ${message.split('\n')[0]}`);
    if (!(e instanceof UserError) && !argsError && io.env.TREATY_DESK_DEBUG) io.err(String((e as Error).stack ?? ''));
    return usage ? EXIT.usage : EXIT.failed;
  }
}

/** Runs the command line of this process (launch.ts calls it in the built CLI). */
export function startCli(): void {
  void runCli(process.argv.slice(2), {
    out: (l) => process.stdout.write(`${l}\n`),
    err: (l) => process.stderr.write(`${l}\n`),
    env: process.env,
    now: () => new Date(),
  }).then((code) => {
    process.exitCode = code;
  });
}

if (require.main === module) startCli();
