/** The shape every `bienban` command has; commands/index.ts lists them. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './errors';

export interface CliIO {
  out(line: string): void;
  err(line: string): void;
}

export interface CliCommand {
  name: string;
  /** One Vietnamese line for the command list. */
  summary: string;
  /** Full Vietnamese usage, printed for `bienban <name> --help` and on a usage error. */
  usage: string;
  /** Returns the exit code; throws CliError for expected failures. */
  run(argv: string[], io: CliIO): Promise<number>;
}

type Options = NonNullable<ParseArgsConfig['options']>;

const quoted = (message: string) => /'([^']+)'/.exec(message)?.[1] ?? '';

/** node:util parseArgs with Vietnamese usage errors (its own messages are English). */
export function parseCommandArgs<O extends Options>(command: CliCommand, argv: string[], options: O) {
  try {
    return parseArgs({
      args: argv,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    const code = (e as { code?: string }).code;
    const message = (e as Error).message;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
      throw new UsageError(`Tùy chọn không hợp lệ: ${quoted(message) || message}`, command.usage);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      // `Option '-o, --out <value>' argument missing`: name the long form.
      const option =
        quoted(message)
          .replace(/ <value>$/, '')
          .split(', ')
          .pop() ?? '';
      throw new UsageError(
        option ? `Tùy chọn ${option} cần một giá trị.` : 'Giá trị tùy chọn không hợp lệ.',
        command.usage,
      );
    }
    throw new UsageError('Đối số dòng lệnh không hợp lệ.', command.usage);
  }
}

/** Exactly one positional per name, else a usage error naming what is missing or extra. */
export function expectPositionals(command: CliCommand, positionals: string[], names: string[]): string[] {
  if (positionals.length < names.length) throw new UsageError(`Thiếu ${names[positionals.length]}.`, command.usage);
  if (positionals.length > names.length)
    throw new UsageError(`Thừa đối số: ${positionals.slice(names.length).join(' ')}`, command.usage);
  return positionals;
}
