/** A small journal of decisions and bets, worked out by hand, shared by their tests. */
import { entry } from './helpers';

export const journal = [
  entry('2026/w45.md', `---
date: 2026-11-02
decisions:
  - decision: Freeze the mobile API
    owner: me
    due: 2026-11-10
  - decision: Hire a second SRE
    owner: Dana
    due: 2026-11-20
    status: made
    decided: 2026-11-15
  - decision: Pick a vendor
    status: open
---
`),
  entry('2026/w46.md', `---
date: 2026-11-09
decisions:
  - decision: Retire the old dashboard
    owner: Marco
    due: 2026-11-09
  - decision: Offsite agenda
    due: 2026-11-30
    status: dropped
bets:
  - bet: Pairing replaces code review for juniors
    revisit: 2026-11-21
  - bet: Weekly demo keeps product close
    revisit: 2026-11-01
    outcome: better
  - bet: Fewer meetings on Fridays
    revisit: 2026-12-01
---
`),
];
