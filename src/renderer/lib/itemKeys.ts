/**
 * React keys for a list whose items carry no id (signers, recipients). A key follows its item through
 * the moves and removals made by the list's own buttons, so a field keeps its focus and its typing
 * state when a neighbour goes; a list replaced from elsewhere (undo, another meeting) only has its
 * length matched.
 */
import { moveItem, removeAt } from './reorder';

export class ItemKeys {
  private keys: string[] = [];
  private next = 0;

  /** The keys for `count` items: new ones appended, surplus ones dropped. */
  sync(count: number): readonly string[] {
    while (this.keys.length < count) this.keys.push(`k${this.next++}`);
    if (this.keys.length > count) this.keys = this.keys.slice(0, count);
    return this.keys;
  }

  move(from: number, to: number): void {
    this.keys = moveItem(this.keys, from, to);
  }

  remove(index: number): void {
    this.keys = removeAt(this.keys, index);
  }
}
