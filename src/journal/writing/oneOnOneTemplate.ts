/**
 * The one-on-one (built in): whom it is with (`person:`, from the title), what is still open with
 * them from last time (`{{stillOpen}}`), then what they raised, what sat underneath, whether
 * anything changed in how they think, the follow-ups, and one thing to do before the next one.
 * Most one-on-ones are management (one person, today's work); the template says so, without
 * judging it.
 */
import { ONE_ON_ONE } from './entryNames';

export const oneOnOne = `---
type: ${ONE_ON_ONE}
date: {{date}}
person: {{title}}
tags: [\${1|management/directing,management/staffing,leadership/motivation,leadership/direction|}]
# people: [anyone else who came up]
# decisions:
#   - decision: Something one of you will decide
#     owner: who
#     due: YYYY-MM-DD
---

# One-on-one with {{title}}

{{stillOpen}}

<!-- Their half hour, not yours: let them set the agenda. Write what they said in their words
first and your reading of it second; the two are often different. -->

## What they raised

- \${2:in their words}

## What I heard underneath

- \${3:the worry, the wish or the question behind it}

## What changed in how they think, if anything

<!-- Often nothing, and that is fine: clearing a blocker or agreeing the work is management, and
it is most of what one-on-ones are for. -->

- \${4:nothing this time, or what shifted}

## Follow-ups

<!-- An owner and a date for each. The next one-on-one with this person starts from the ones
still open. -->

- [ ] \${5:what} (owner: \${6:who}, due: \${7:{{date}}})

## Before the next one

- One thing I will do: \${8}
$0`;
