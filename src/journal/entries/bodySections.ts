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

/** How many leadership moments were with a group, and how many with one person. */
export interface Moments {
  readonly withGroup: number;
  readonly withOnePerson: number;
}

export interface BodySections {
  readonly followUps: FollowUp[];
  /** The first non-empty line (not a comment) of the lesson section, when there is one. */
  readonly lesson?: string;
  /** Left out when no moment says whom it was with. */
  readonly moments?: Moments;
}

const HEADING = /^#{1,6}\s+(.*)$/;
const FOLLOW_UPS = /follow[- ]?ups?/i;
const LESSON = /^(what to do differently|what to change)/i;
const OPEN_ITEM = /^\s*[-*+]\s+\[ \]\s?(.*)$/;
// The weekly template's answer: "- With: a group" or "- With: one person".
const WITH = /^\s*[-*+]\s+with:[ \t]*(a group|group|one person)\b/i;

/** The body's follow-ups and lesson; `firstLine` is the file line the body starts on. */
export function bodySections(body: string, firstLine: number): BodySections {
  const withAnswers = /with:/i.test(body);
  if (!withAnswers && !body.includes('[ ]') && !/^#{1,6}\s+what to (do differently|change)/im.test(body)) {
    return { followUps: [] };
  }
  const followUps: FollowUp[] = [];
  let lesson: string | undefined;
  let withGroup = 0;
  let withOnePerson = 0;
  let section: 'follow-ups' | 'lesson' | 'other' = 'other';
  let inComment = false;
  body.split('\n').forEach((raw, index) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const answer = withAnswers && !inComment ? WITH.exec(line) : null;
    if (answer) {
      withGroup += answer[1].toLowerCase() === 'one person' ? 0 : 1;
      withOnePerson += answer[1].toLowerCase() === 'one person' ? 1 : 0;
      return;
    }
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
  return {
    followUps,
    ...(lesson === undefined ? {} : { lesson }),
    ...(withGroup + withOnePerson > 0 ? { moments: { withGroup, withOnePerson } } : {}),
  };
}
