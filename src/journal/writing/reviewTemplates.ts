/**
 * The quarterly and yearly reviews (built in): each starts from `{{record}}`, the period's record,
 * then asks what the numbers cannot answer — was the split right, what the bets taught, what to
 * stop managing so there is room to lead, where the decision debt is going, what to bet on next.
 */
import { QUARTERLY_REVIEW, YEARLY_REVIEW } from './entryNames';

/** A review's head: no hours of its own (they already count in the weeks), a tag, bets to place. */
const reviewHead = (type: string): string => `---
type: ${type}
date: {{date}}
tags: [\${1|leadership,management|}]
# bets:
#   - bet: What you will try, and what you expect to change
#     revisit: YYYY-MM-DD
#     expect: What you expect to see by then
#     confidence: 60%
---`;

export const quarterlyReview = `${reviewHead(QUARTERLY_REVIEW)}

# {{quarter}}: quarterly review

<!-- Half an hour for thirteen weeks. The record below is what the journal knew when this entry
was written; read it first, then answer in a line or two each. -->

{{record}}

## The split, against the target

<!-- Management keeps the system running; leadership changes it. Both are needed, in the
proportion the quarter called for. -->

- Was this the split the quarter needed? \${2:yes, or what it needed instead}
- Which way is it moving, and is that on purpose? \${3}

## The bets, and what they say about my judgement

- The bet that paid off, and why I think it did: \${4}
- The bet that did not, and what I missed: \${5}
- How sure should I be next time I feel this sure? \${6}

## What to stop managing

<!-- Leading needs room. Name the recurring management work someone else could own, and who. -->

- \${7:the work} could be owned by \${8:whom}, starting \${9:when}

## The decision debt

- Is it growing or shrinking, and why? \${10}
- The oldest open decision, and what would unblock it: \${11}

## One or two bets for next quarter

<!-- Moves you cannot be sure of, that may make things worse before better. Copy each into
"bets:" above with a day to look back. -->

- \${12:the bet}: what I expect, and when I will know: \${13}
$0`;

export const yearlyReview = `${reviewHead(YEARLY_REVIEW)}

# {{year}}: the year in review

<!-- An hour for a year. The record below is what the journal knew when this entry was written:
the whole year's entries, split, decisions, bets and lessons. -->

{{record}}

## How the year split

- How management and leadership moved over the quarters: \${2}
- The quarter I led most, and what made room for it: \${3}

## What the bets taught me

- The best bet of the year, and the worst: \${4}
- What they say about where my judgement is good, and where it is not: \${5}

## What to hand off

<!-- The management you still do out of habit. Who grows if you stop? -->

- \${6:the work}, to \${7:whom}

## Decisions

- Did I answer for the decisions that were mine? Which one did I let drift longest? \${8}

## Lessons that repeat

- The lesson that came up more than once this year: \${9}

## Next year

- The leader I want to be by the end of next year, in one line: \${10}
- One or two bets to start with: \${11}
$0`;
