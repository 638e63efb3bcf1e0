/** `bienban`: the command-line face of Biên Bản (export, validate...). Exit codes: 0 ok, 1 invalid input, 2 usage. */
import type { CliCommand, CliIO } from './command';
import { COMMANDS } from './commands';
import { CliError, EXIT_INVALID_INPUT, EXIT_OK, EXIT_USAGE, UsageError } from './errors';

export function mainUsage(commands: readonly CliCommand[] = COMMANDS): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return `Biên Bản: soạn biên bản và thông báo kết luận đúng thể thức.

Cách dùng:
  bienban <lệnh> [tùy chọn]
  bienban <lệnh> --help     hướng dẫn của một lệnh

Các lệnh:
${commands.map((c) => `  ${c.name.padEnd(width)}   ${c.summary}`).join('\n')}

Mã thoát: 0 thành công, 1 dữ liệu vào không hợp lệ, 2 sai cách dùng.`;
}

export async function main(argv: string[], io: CliIO, commands: readonly CliCommand[] = COMMANDS): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    io.out(mainUsage(commands));
    return EXIT_OK;
  }
  try {
    if (name === undefined) throw new UsageError('Thiếu lệnh.', mainUsage(commands));
    const command = commands.find((c) => c.name === name);
    if (!command) throw new UsageError(`Không có lệnh "${name}".`, mainUsage(commands));
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`Lỗi: ${e.message}`);
      if (e.usage) io.err(`\n${e.usage}`);
      return EXIT_USAGE;
    }
    if (e instanceof CliError) {
      io.err(`Lỗi: ${e.message}`);
      if (e.details) io.err(e.details);
      return e.exitCode;
    }
    // A bug, not the user's fault: one line unless asked for the trace.
    io.err(`Lỗi không mong đợi: ${e instanceof Error ? e.message : String(e)}`);
    if (process.env.BIENBAN_DEBUG && e instanceof Error && e.stack) io.err(e.stack);
    return EXIT_INVALID_INPUT;
  }
}

const consoleIO: CliIO = {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
};

// Run when executed (bundle or tsx), not when a test imports the module.
if (typeof require !== 'undefined' && require.main === module) {
  void main(process.argv.slice(2), consoleIO).then((code) => {
    process.exitCode = code;
  });
}
