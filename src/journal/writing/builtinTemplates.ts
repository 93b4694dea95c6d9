/**
 * The built-in reflection templates, in VS Code snippet syntax plus `{{variables}}`. Guidance sits
 * in HTML comments, where it never counts as a tag. Each template is meant to take a busy person
 * about ten minutes (a quarter or a year a little longer); every section asks one question. The
 * reviews start from `{{record}}`, what the journal already knows about their period, so the time
 * goes to judgement, not to counting.
 */
import { AFTER_ACTION_REVIEW, LEADERSHIP_MOMENTS, MONTHLY_REFLECTION, ONE_ON_ONE, QUARTERLY_REVIEW, YEARLY_REVIEW } from './entryNames';
import { oneOnOne } from './oneOnOneTemplate';
import { quarterlyReview, yearlyReview } from './reviewTemplates';

export interface BuiltinTemplate {
  readonly type: string;
  readonly label: string;
  readonly description: string;
  readonly source: string;
}

/** How a periodic entry starts: its type and day, a tag to choose, and the period's hours split. */
const periodicHead = (type: string): string => `---
type: ${type}
date: {{date}}
tags: [\${3|leadership,management|}]
hours:
  management: \${1:0}
  leadership: \${2:0}`;

const monthlyReflection = `${periodicHead(MONTHLY_REFLECTION)}
# bets:
#   - bet: What you will try, and what you expect to change
#     revisit: YYYY-MM-DD
#     expect: What you expect to see by then
#     confidence: 60%
---

# {{monthTitle}}: monthly reflection

<!-- Ten minutes. A short honest line beats a polished paragraph. Rough hours go in the
frontmatter above: management keeps today's system running; leadership changes where it goes.
The record below is what the journal knew when this entry was written; the questions follow. -->

{{record}}

## Where the month went

- What took most of my time: \${4:the biggest block of the month}
- Was that the split the month needed? \${5:yes, or what it needed instead}

## Keeping things running (management)

<!-- One line for each function that took real effort. Delete the ones that did not. -->

- Planning (goals into tasks, dates, budgets): \${6}
- Organizing (people, tools and time in the right places): \${7}
- Staffing (hiring, growing, keeping people): \${8}
- Directing (assigning work, unblocking, settling conflicts): \${9}
- Controlling (checking progress against the plan, correcting): \${10}

## Changing where we are going (leadership)

- Direction I set or questioned: \${11}
- Alignment I built (who now sees it the same way, who not yet): \${12}
- Energy I gave, or took away: \${13}
- Uncertainty I carried so the team could move: \${14}

## Decisions

<!-- Leadership is answering for decisions. Give real ones a date and an owner in the
frontmatter ("decisions:"), so the journal can track what is still open. -->

- Made this month: \${15}
- Still open, and since when: \${16}
- One I owe someone: \${17}

## Warning signs

<!-- Over-managing: everything waits for you; meetings are about how, never why; targets are
met while people tire. Over-leading: ideas that never turn into work; plans change faster than
work finishes; nobody can say who does what by when. Tick what was true this month. -->

- [ ] Work stalled while it waited for me
- [ ] We talked about how, and never about why
- [ ] An idea of mine did not turn into anyone's work
- [ ] The plan changed faster than the work finished

## One leadership bet for next month

<!-- A move that might make things worse before they get better, and that you cannot be sure
of. Copy it into "bets:" above with a date to look back at it. -->

- The bet: \${18:what I will try}
- What I expect to change, and when I will know: \${19}
$0`;

const afterActionReview = `---
type: ${AFTER_ACTION_REVIEW}
date: {{date}}
tags: [$6]
# decisions:
#   - decision: A follow-up that needs a call
#     owner: who
#     due: YYYY-MM-DD
#     expect: What you expect it to change
#     confidence: 70%
---

# After-action review: {{title}}

<!-- Soon after the event, before memory tidies it up. Facts first, then causes, then what
to keep and what to change. About the work, not about blame. -->

## What was supposed to happen

\${1:the goal, the plan, what we expected}

## What actually happened

\${2:what a neutral observer would have seen}

## Why it was different

\${3:causes, not culprits: what we knew, assumed or missed}

## What to keep doing

\${4}

## What to do differently next time

\${5}

## A management or a leadership problem?

<!-- Management: the plan, the staffing, the follow-up or the checks did not hold; the system
we have did not run well. Leadership: people did not share the direction, did not believe in
it, or nobody named the uncertainty; the system itself had to change. -->

Mostly a \${6|management,leadership|} problem, because \${7}

## Follow-ups

<!-- Each one with an owner and a date, or it will quietly not happen. -->

- [ ] \${8:what} (owner: \${9:who}, due: \${10:{{date}}})
$0`;

const leadershipMoments = `${periodicHead(LEADERSHIP_MOMENTS)}
# decisions:
#   - decision: A call you made or named this week
#     owner: who
#     due: YYYY-MM-DD
#     expect: What you expect it to change
#     confidence: 70%
---

# Leadership moments, {{week}} ({{weekStart}} to {{weekEnd}})

{{carriedOver}}

<!-- A leadership moment changed how people think: with a group it is leadership; with one
person it is closer to management. If you risked nothing, it was probably management. Two or
three moments are plenty. The tag on each moment counts in the balance panel. -->

## \${4:A moment, in a few words}

- With: \${5|a group,one person|}
- What I changed in how they think: \${6}
- What I risked: \${7:nothing / my credibility / a relationship / a plan}
- Tag: \${8|#leadership/alignment,#leadership/direction,#leadership/motivation,#leadership/uncertainty,#management/directing,#management/staffing|}

## Decisions I named this week

<!-- A decision is named when it has an owner and a date. Copy the real ones into
"decisions:" above so they can be tracked. -->

- \${9:the decision} (owner: \${10:who}, by: \${11:when})

## One decision I am carrying for someone else

- \${12:what it is, whose it really is, and how I hand it back}

## The week's split

<!-- Rough hours for the week go in the frontmatter. Management: running the cadence,
unblocking, reporting. Leadership: calls, direction, answering for outcomes. -->

- Did the hours go where the week needed them? \${13}
$0`;

export const BUILTIN_TEMPLATES: readonly BuiltinTemplate[] = [
  {
    type: MONTHLY_REFLECTION,
    label: 'Monthly Reflection',
    description: 'the month\'s time split, decisions, warning signs, one bet for next month',
    source: monthlyReflection,
  },
  {
    type: AFTER_ACTION_REVIEW,
    label: 'After-Action Review',
    description: 'planned vs happened, why, what to keep and change, follow-ups',
    source: afterActionReview,
  },
  {
    type: LEADERSHIP_MOMENTS,
    label: 'Weekly Leadership Moments',
    description: 'moments that changed how people think, decisions named, hours',
    source: leadershipMoments,
  },
  {
    type: ONE_ON_ONE,
    label: 'One-on-One',
    description: 'what is still open with them, what they raised and meant, follow-ups, one thing before the next',
    source: oneOnOne,
  },
  {
    type: QUARTERLY_REVIEW,
    label: 'Quarterly Review',
    description: 'the quarter\'s record, then the split, the bets, what to stop managing, bets for next quarter',
    source: quarterlyReview,
  },
  {
    type: YEARLY_REVIEW,
    label: 'Yearly Review',
    description: 'the year\'s record, then what the bets taught, what to hand off, the leader you want to be',
    source: yearlyReview,
  },
];
