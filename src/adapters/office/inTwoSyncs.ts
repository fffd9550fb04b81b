/**
 * A read cut at its round trips, so that any number of reads can share two syncs: made, it has
 * queued its loads; called after the first sync, it queues what needs the loaded items and
 * gives back what answers after the second.
 */
export type Staged<T> = () => () => T;

/** Runs a staged read: the loads it queued, what they lead to, then the answer. */
export async function inTwoSyncs<T>(context: Excel.RequestContext, read: Staged<T>): Promise<T> {
  await context.sync();
  const answer = read();
  await context.sync();
  return answer();
}
