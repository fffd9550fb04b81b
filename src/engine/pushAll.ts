/**
 * Appends `items` to `list` one by one. `list.push(...items)` passes every item as an argument,
 * and beyond some 125,000 (a warning per row of a large file) that overflows the call stack.
 */
export function pushAll<T>(list: T[], items: Iterable<T>): void {
  for (const item of items) list.push(item);
}
