/** Every `bienban` command, in the order `--help` lists them. A new command: its own file plus one line here. */
import type { CliCommand } from '../command';
import { backupCommand } from './backup';
import { exportCommand } from './export';
import { issueCommand } from './issue';
import { importCommand } from './import';
import { libraryCommand } from './library';
import { registerCommand } from './register';
import { restoreCommand } from './restore';
import { tasksCommand } from './tasks';
import { validateCommand } from './validate';

export const COMMANDS: readonly CliCommand[] = [
  exportCommand,
  validateCommand,
  importCommand,
  libraryCommand,
  issueCommand,
  registerCommand,
  tasksCommand,
  backupCommand,
  restoreCommand,
];
