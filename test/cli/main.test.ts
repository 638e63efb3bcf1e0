/** The dispatcher in process: a command registered in the list is listed, run and its failures reported. */
import { mainUsage, main } from '../../src/cli/bienban';
import type { CliCommand, CliIO } from '../../src/cli/command';
import { COMMANDS } from '../../src/cli/commands';
import { CliError } from '../../src/cli/errors';

function capture(): CliIO & { out_: string[]; err_: string[] } {
  const out_: string[] = [];
  const err_: string[] = [];
  return { out_, err_, out: (l) => out_.push(l), err: (l) => err_.push(l) };
}

const trial: CliCommand = {
  name: 'thu-nghiem',
  summary: 'Lệnh thử nghiệm',
  usage: 'Cách dùng:\n  bienban thu-nghiem <thư-mục>',
  async run(argv, io) {
    if (argv[0] === 'hong') throw new CliError('Không sao lưu được.', 1, 'chi tiết');
    if (argv[0] === 'bug') throw new TypeError('x is undefined');
    io.out(`sao lưu vào ${argv[0]}`);
    return 0;
  },
};
const commands = [...COMMANDS, trial];

describe('bienban dispatcher', () => {
  it('lists a newly registered command in the usage', () => {
    expect(mainUsage(commands)).toMatch(/thu-nghiem\s+Lệnh thử nghiệm/);
    expect(mainUsage(commands)).toMatch(/export\s+Xuất/);
  });

  it('runs the command with the remaining arguments', async () => {
    const io = capture();
    expect(await main(['thu-nghiem', '/tmp/sao-luu'], io, commands)).toBe(0);
    expect(io.out_).toEqual(['sao lưu vào /tmp/sao-luu']);
  });

  it('prints a command failure with its details and exit code', async () => {
    const io = capture();
    expect(await main(['thu-nghiem', 'hong'], io, commands)).toBe(1);
    expect(io.err_).toEqual(['Lỗi: Không sao lưu được.', 'chi tiết']);
  });

  it('reports a bug in one Vietnamese line without a stack trace', async () => {
    const io = capture();
    const before = process.env.BIENBAN_DEBUG;
    delete process.env.BIENBAN_DEBUG;
    try {
      expect(await main(['thu-nghiem', 'bug'], io, commands)).toBe(1);
    } finally {
      if (before !== undefined) process.env.BIENBAN_DEBUG = before;
    }
    expect(io.err_).toEqual(['Lỗi không mong đợi: x is undefined']);
  });

  it('accepts -h and help as well as --help', async () => {
    for (const flag of ['-h', 'help']) {
      const io = capture();
      expect(await main([flag], io, commands)).toBe(0);
      expect(io.out_.join('\n')).toContain('Các lệnh:');
    }
  });
});
