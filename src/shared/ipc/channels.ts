/**
 * The IPC channel names as a plain array. The sandboxed preload bundles this file (not the zod
 * contract); test/main/ipc.test.ts keeps it equal to the contract's keys.
 */
import type { Channel } from './contract';

export const CHANNEL_NAMES = [
  'app:info',
  'app:notices',
  'library:list',
  'library:create',
  'library:createNext',
  'library:delete',
  'library:trash',
  'library:restore',
  'meeting:get',
  'meeting:save',
  'meeting:snapshots',
  'meeting:restoreSnapshot',
  'directory:list',
  'directory:upsert',
  'directory:remove',
  'settings:get',
  'settings:set',
  'profiles:list',
  'profiles:save',
  'profiles:delete',
  'export:docx',
  'export:pdf',
  'print:current',
  'register:list',
  'register:preview',
  'register:issue',
  'register:void',
  'register:export',
  'followup:list',
  'followup:report',
  'followup:remind',
  'followup:setTask',
  'backup:create',
  'backup:restore',
  'backup:list',
  'import:open',
  'import:accept',
] as const satisfies readonly Channel[];

/** Synchronous channel the hidden print window's preload uses to fetch the layout it must render. */
export const PRINT_LAYOUT_CHANNEL = 'bienban:print-layout';
