/**
 * Ports: what services need from the outside world. The Electron adapter implements them with
 * dialogs, shell and printToPDF; tests and the CLI implement them with plain functions.
 * Services never import electron.
 */
import type { OfficialLayout } from '../shared/layout/types';

export interface SaveDialogRequest {
  title: string;
  defaultName: string;
  filters: { name: string; extensions: string[] }[];
}
export interface OpenDialogRequest {
  title: string;
  filters: { name: string; extensions: string[] }[];
  /** Choose a folder instead of a file. */
  folder?: boolean;
}

export interface DialogPort {
  /** Returns the chosen path, or null when the user cancels. */
  showSave(req: SaveDialogRequest): Promise<string | null>;
  /** Returns the chosen path, or null when the user cancels. */
  showOpen(req: OpenDialogRequest): Promise<string | null>;
}

export interface ShellPort {
  /** Open a file with the system's default program (after export, when the user wants it). */
  openPath(path: string): Promise<void>;
}

export interface PdfPort {
  /** Render the layout's print view to a PDF (Electron: hidden window + printToPDF). */
  renderPdf(layout: OfficialLayout): Promise<Uint8Array>;
}

export interface PrintPort {
  /** Print the focused window's current print view through the system dialog. */
  printCurrent(): Promise<void>;
}

export interface Ports {
  dialogs: DialogPort;
  shell: ShellPort;
  pdf: PdfPort;
  print: PrintPort;
  /** Injected clock for testable timestamps and daily backups. */
  now: () => Date;
}

/** Who sent an IPC message: checked against the app's own origin before anything runs. */
export interface SenderInfo {
  /** URL of the sending frame. */
  url: string;
  /** Only the top frame may call the API. */
  isMainFrame: boolean;
}
