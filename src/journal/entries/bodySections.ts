/**
 * What an entry's body promises and learns: the open follow-ups (unticked `- [ ]` items under a
 * heading about follow-ups) and the lesson of a review (the first line under a heading that starts
 * with "What to do differently" or "What to change"). One pass over the body's lines.
 */
import { detach } from '../base/strings';

export interface FollowUp {
  /** The item's text after `[ ]`, trimmed. */
  readonly text: string;
  /** 1-based line in the file. */
  readonly line: number;
}

export interface BodySections {
  readonly followUps: FollowUp[];
  /** The first non-empty line (not a comment) of the lesson section, when there is one. */
  readonly lesson?: string;
}

const HEADING = /^#{1,6}\s+(.*)$/;
const FOLLOW_UPS = /follow[- ]?ups?/i;
const LESSON = /^(what to do differently|what to change)/i;
const OPEN_ITEM = /^\s*[-*+]\s+\[ \]\s?(.*)$/;

/** The body's follow-ups and lesson; `firstLine` is the file line the body starts on. */
export function bodySections(body: string, firstLine: number): BodySections {
  if (!body.includes('[ ]') && !/^#{1,6}\s+what to (do differently|change)/im.test(body)) {
    return { followUps: [] };
  }
  const followUps: FollowUp[] = [];
  let lesson: string | undefined;
  let section: 'follow-ups' | 'lesson' | 'other' = 'other';
  let inComment = false;
  body.split('\n').forEach((raw, index) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const heading = HEADING.exec(line);
    if (heading && !inComment) {
      section = FOLLOW_UPS.test(heading[1]) ? 'follow-ups' : LESSON.test(heading[1].trim()) && lesson === undefined ? 'lesson' : 'other';
      return;
    }
    if (section === 'follow-ups') {
      const item = OPEN_ITEM.exec(line);
      if (item) {
        followUps.push({ text: detach(item[1].trim()), line: firstLine + index });
      }
    } else if (section === 'lesson') {
      const text = line.trim();
      if (inComment || text.startsWith('<!--')) {
        inComment = !text.includes('-->');
      } else if (text !== '') {
        lesson = detach(text);
        section = 'other';
      }
    }
  });
  return lesson === undefined ? { followUps } : { followUps, lesson };
}
