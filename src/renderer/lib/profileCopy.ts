/** Id of an office's copy of a profile: `<built-in id>-<office>`, office folded to [a-z0-9-]. */
import { BUILTIN_PROFILES } from '../../shared/profile/builtin';
import { foldVietnamese } from '../../shared/text/vietnamese';

export function officeSlug(office: string): string {
  return foldVietnamese(office)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 24);
}

export function profileCopyId(base: { id: string; builtIn: boolean }, office: string): string {
  const slug = officeSlug(office);
  if (!slug) return '';
  // Copying a copy keeps the built-in stem: hd36-2018-a copied for b becomes hd36-2018-b.
  const stem = BUILTIN_PROFILES.find((b) => base.id === b.id || base.id.startsWith(`${b.id}-`))?.id ?? base.id;
  return `${stem}-${slug}`.slice(0, 64);
}
