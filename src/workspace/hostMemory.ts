/**
 * For the bench log: the Node extension host's memory, with V8's spaces (a burst of allocation
 * grows the young generation, and garbage that lives a little longer grows the old one; both
 * count in the resident memory). The browser's host has none of this (hostMemory.web.ts).
 */
import { getHeapSpaceStatistics } from 'node:v8';

export function hostMemory(): string {
  const usage = process.memoryUsage();
  const mb = (bytes: number): number => Math.round(bytes / 1e6);
  const spaces = new Map(getHeapSpaceStatistics().map((space) => [space.space_name, space.space_size]));
  const space = (name: string): number => mb(spaces.get(name) ?? 0);
  return ` [rss ${mb(usage.rss)} MB, heap ${mb(usage.heapUsed)} of ${mb(usage.heapTotal)} MB: new ${space('new_space')}, `
    + `old ${space('old_space')}, large ${space('large_object_space') + space('new_large_object_space')}; external ${mb(usage.external)} MB]`;
}
