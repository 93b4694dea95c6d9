/** Paths inside the journal: relative, with `/`, whatever the platform. */

/** The relative path from a folder of the journal (`''` for its root) to a file of it. */
export function relativePath(fromFolder: string, to: string): string {
  const from = fromFolder.split('/').filter(Boolean);
  const target = to.split('/').filter(Boolean);
  let common = 0;
  while (common < from.length && common < target.length - 1 && from[common] === target[common]) {
    common++;
  }
  return [...from.slice(common).map(() => '..'), ...target.slice(common)].join('/');
}

/** The folder a journal path is in (`''` at the root). */
export function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '' : path.slice(0, slash);
}

/** A relative link for markdown: the path with what a URL cannot hold escaped. */
export function markdownLink(fromFolder: string, to: string): string {
  return encodeURI(relativePath(fromFolder, to));
}
