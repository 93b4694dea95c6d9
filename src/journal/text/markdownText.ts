/**
 * Text copied from entries into markdown a tool writes (a record, a carry-over): escaped so it
 * never starts a tag, a link, emphasis or a list, and links relative to where it is written.
 */
import { markdownLink } from '../base/journalPaths';

/** Text as inline markdown that never starts a tag, a link or a list. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\[\]#`*_<>]/g, '\\$&');
}

/** `[text](relative path)`: a link from a file in `fromFolder` to the entry at `path`. */
export function entryLink(text: string, path: string, fromFolder: string): string {
  return `[${escapeMarkdown(text)}](${markdownLink(fromFolder, path)})`;
}
