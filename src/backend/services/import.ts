/**
 * Import of existing documents into the library: the secretary picks a file or a folder, every
 * file is read and recognised (nothing is saved), and each meeting the secretary accepts is added
 * to the library with its people in the directory. A document read with its number and full date
 * was issued: it goes into the register under that number, its .docx kept as the issued copy.
 */
import { readdir } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { ImportItem } from '../../shared/import/schema';
import { newId } from '../../shared/model/ids';
import type { Meeting } from '../../shared/model/meeting';
import { importFile, IMPORT_EXTENSIONS } from '../import/importFile';
import { LIMITS } from '../io/limits';
import { readOutsideFile } from '../io/outsideFile';
import type { Ports } from '../ports';
import type { RegisterService } from './register';
import type { DirectoryService } from './directory';
import type { LibraryService } from './library';

/** A folder holds at most this many documents to import at once (the review lists them all). */
export const IMPORT_FOLDER_LIMIT = 1000;

const wanted = (name: string) =>
  !name.startsWith('~$') &&
  !name.startsWith('.') &&
  (IMPORT_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase());

export class ImportService {
  constructor(
    private readonly ports: Ports,
    private readonly library: LibraryService,
    private readonly directory: DirectoryService,
    private readonly register: RegisterService,
  ) {}

  /** The file each recognised meeting was read from, until it is accepted (the review sends back only the meeting). */
  private readonly sources = new Map<string, string>();

  /** Read every file of `paths` (a folder: the documents directly in it, by name). */
  async read(paths: readonly string[]): Promise<ImportItem[]> {
    const now = this.ports.now().toISOString();
    const items: ImportItem[] = [];
    for (const path of paths) {
      try {
        const { recognition } = await importFile(path, { id: newId(), now });
        if (this.sources.size >= IMPORT_FOLDER_LIMIT) this.sources.clear();
        this.sources.set(recognition.meeting.id, path);
        items.push({ file: basename(path), recognition });
      } catch (e) {
        items.push({ file: basename(path), error: e instanceof Error ? e.message : String(e) });
      }
    }
    return items;
  }

  async filesOf(folder: string): Promise<string[]> {
    const names = (await readdir(folder, { withFileTypes: true }))
      .filter((e) => e.isFile() && wanted(e.name))
      .map((e) => e.name)
      .sort((a, b) => a.localeCompare(b, 'vi'));
    return names.slice(0, IMPORT_FOLDER_LIMIT).map((n) => join(folder, n));
  }

  /** The open dialog (a file, or a folder of files), then every file read; nothing is saved. */
  async open(folder: boolean): Promise<{ canceled: boolean; items: ImportItem[] }> {
    const path = await this.ports.dialogs.showOpen({
      title: folder ? 'Chọn thư mục văn bản cần nhập' : 'Chọn văn bản cần nhập',
      filters: [{ name: 'Văn bản Word hoặc văn bản thường', extensions: ['docx', 'doc', 'txt'] }],
      folder,
    });
    if (!path) return { canceled: true, items: [] };
    return { canceled: false, items: await this.read(folder ? await this.filesOf(path) : [path]) };
  }

  /**
   * The secretary accepted this meeting: into the library (a new id), its people into the
   * directory, an issued document into the register (`refused`: why one stays a draft).
   */
  async accept(
    meeting: Meeting,
    source = this.sources.get(meeting.id),
  ): Promise<{ meeting: Meeting; refused: string[] }> {
    const { meeting: saved } = await this.library.import(meeting, true);
    this.sources.delete(meeting.id);
    await this.directory.learnFrom(saved);
    const issued = (['notice', 'minutes'] as const).some((k) => saved[k].status === 'issued');
    if (!issued) return { meeting: saved, refused: [] };
    // The office's own file is the issued copy; a .doc or pasted text is not a Word file to hand out.
    const bytes =
      source && extname(source).toLowerCase() === '.docx'
        ? await readOutsideFile(source, LIMITS.docxFileBytes, 'Tệp Word')
        : undefined;
    const recorded = await this.register.recordImported(
      saved.id,
      source ? { file: basename(source), bytes } : undefined,
    );
    return { meeting: recorded.meeting, refused: recorded.refused };
  }
}
