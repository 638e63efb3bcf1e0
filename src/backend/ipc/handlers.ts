/** Every IPC channel of the contract mapped to a service call (input already parsed by dispatch). */
import type { Handlers } from './dispatch';
import type { Services } from '../services';

export interface HandlerOptions {
  /** Platform name reported by `app:info` (process.platform by default). */
  platform?: string;
}

export function createHandlers(services: Services, options: HandlerOptions = {}): Handlers {
  const s = services;
  return {
    'app:info': async () => ({
      version: s.appVersion,
      dataDir: s.dataDir,
      platform: options.platform ?? process.platform,
    }),
    'app:notices': async () => s.notices(),

    'library:list': async ({ limit, ...filter }) => {
      const all = s.library.list(filter);
      return { items: limit === undefined ? all : all.slice(0, limit), total: all.length };
    },
    'library:create': async (input) => s.library.create(input),
    'library:createNext': async ({ fromId, carry }) => s.library.createNext(fromId, carry ?? []),
    'library:delete': async ({ id }) => {
      await s.library.remove(id);
      return null;
    },
    'library:trash': async () => s.library.trash(),
    'library:restore': async ({ id }) => s.library.restore(id),

    'meeting:get': async ({ id }) => s.meeting.get(id),
    'meeting:save': async ({ meeting, reason }) => {
      const saved = await s.meeting.save(meeting, reason);
      return { updatedAt: saved.updatedAt };
    },
    'meeting:snapshots': async ({ id }) => s.meeting.snapshots(id),
    'meeting:restoreSnapshot': async ({ id, snapshotId }) => s.meeting.restoreSnapshot(id, snapshotId),

    'directory:list': async () => s.directory.list(),
    'directory:upsert': async ({ entry }) => s.directory.upsert(entry),
    'directory:remove': async ({ id }) => {
      await s.directory.remove(id);
      return null;
    },

    'settings:get': async () => s.settings.get(),
    'settings:set': async ({ settings }) => s.settings.set(settings),

    'profiles:list': async () => s.profiles.list(),
    'profiles:save': async ({ profile }) => s.profiles.save(profile),
    'profiles:delete': async ({ id }) => {
      await s.profiles.remove(id);
      return null;
    },

    'export:docx': async ({ id, document, profileId }) => s.export.docx(id, document, profileId),
    'export:pdf': async ({ id, document }) => s.export.pdf(id, document),
    'print:current': async () => {
      await s.ports.print.printCurrent();
      return null;
    },

    'register:list': async (filter) => s.register.list(filter),
    'register:preview': async ({ id, document, date }) => s.register.preview(id, document, date),
    'register:issue': async ({ id, document, ...options }) => {
      const entry = await s.register.issue(id, document, options);
      return { entry, meeting: await s.meeting.get(id) };
    },
    'register:void': async ({ entryId, reason }) => s.register.void(entryId, reason),
    'register:export': async ({ format, ...filter }) => s.register.exportVia(s.ports, format, filter),
    'followup:list': async ({ filter, offset, limit, today }) =>
      s.followup.page(filter, offset, limit, today || undefined),
    'followup:report': async ({ today, unit, presiding, ...o }) =>
      s.followup.reportVia(
        s.ports,
        {
          ...o,
          ...(unit?.trim() ? { unit: unit.trim() } : {}),
          ...(presiding?.trim() ? { presiding: presiding.trim() } : {}),
        },
        today || undefined,
      ),
    'followup:remind': async ({ unit, today }) => s.followup.remindVia(s.ports, unit, today || undefined),
    'followup:setTask': async ({ meetingId, taskId, change, today }) =>
      s.followup.setTask(meetingId, taskId, change, { today: today || undefined }),

    'backup:create': async () => s.backup.create(),
    'backup:restore': async () => s.backup.restore(),
    'backup:list': async () => s.backup.list(),

    'import:open': async ({ folder }) => s.import.open(folder),
    'import:accept': async ({ meeting }) => {
      const { meeting: saved, refused } = await s.import.accept(meeting);
      return { id: saved.id, refused };
    },
  };
}
