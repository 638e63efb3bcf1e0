/**
 * IPC dispatch overhead: sender check + zod input parse + output parse around a handler that does
 * nothing, on the canonical meeting (autosave sends it on every pause in typing).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDispatch, type Handlers } from '../src/backend/ipc/dispatch';
import { parseMeeting } from '../src/shared/model/parse';
import { median, percentile, round, sample, type BenchResult } from './lib';

export async function run(): Promise<BenchResult[]> {
  const parsed = parseMeeting(
    JSON.parse(readFileSync(join(__dirname, '..', 'resources/examples/long-bien-2021-02-23.json'), 'utf8')),
  );
  if (!parsed.ok) throw new Error('example meeting does not parse');
  const meeting = parsed.value;
  const handlers = {
    'meeting:save': async () => ({ updatedAt: new Date().toISOString() }),
    'meeting:get': async () => meeting,
  } as unknown as Handlers;
  // Silent log: the refused-sender run would otherwise print 220 lines.
  const dispatch = createDispatch({ handlers, trustedOrigins: ['http://127.0.0.1:1'], log: () => undefined });
  const top = { url: 'http://127.0.0.1:1/index.html', isMainFrame: true };

  const save = await sample(() => dispatch('meeting:save', { meeting, reason: 'auto' }, top), 200, 20);
  const get = await sample(() => dispatch('meeting:get', { id: meeting.id }, top), 200, 20);
  const refused = await sample(
    () => dispatch('meeting:save', { meeting, reason: 'auto' }, { url: 'https://evil.example/', isMainFrame: true }),
    200,
    20,
  );
  return [
    { name: 'ipc.save_9kb_median_ms', value: round(median(save), 3), unit: 'ms', target: '≤ 2' },
    { name: 'ipc.save_9kb_p95_ms', value: round(percentile(save, 95), 3), unit: 'ms', target: '≤ 5' },
    { name: 'ipc.get_median_ms', value: round(median(get), 3), unit: 'ms', target: '≤ 2' },
    { name: 'ipc.refuse_sender_median_ms', value: round(median(refused), 4), unit: 'ms', target: '≤ 0.1' },
  ];
}
