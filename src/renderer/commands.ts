/** Actions the global keyboard shortcuts trigger on the current screen. */
export interface ScreenCommands {
  save?: () => void;
  print?: () => void;
  exportDocx?: () => void;
  /** Return true when handled (false lets the browser's native text undo run). */
  undo?: () => boolean;
  redo?: () => boolean;
  /** Save pending changes before leaving the screen. */
  flush?: () => Promise<boolean>;
}

/** Text fields keep their native undo: model-level undo must not rewrite a field being typed in. */
export function isTextEntry(el: Element | null): boolean {
  if (!el) return false;
  if (el instanceof HTMLTextAreaElement) return true;
  if (el instanceof HTMLInputElement)
    return !['checkbox', 'radio', 'button', 'submit', 'range', 'color', 'file'].includes(el.type);
  return (el as HTMLElement).isContentEditable === true;
}
