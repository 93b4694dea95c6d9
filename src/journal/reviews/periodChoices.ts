/**
 * Which period a new periodic entry is about: this one or the one before. People write on Monday
 * about last week, and a review in the first days of a month, quarter or year is most often
 * about the one just ended, so it is offered first then.
 */
import { type CalendarDate, addDays, daysBetween } from '../base/dates';
import { type CalendarUnit, periodOf, previousPeriod } from '../base/periods';

/** In the first five days of a month, quarter or year, the one just ended comes first. */
export const JUST_ENDED_DAYS = 5;

export interface PeriodChoice {
  readonly which: 'this' | 'last';
  /** A day in the period: today for this one; for the one before, the same weekday last week, or its last day. */
  readonly date: CalendarDate;
}

/** This period and the one before, in the order to offer them on `today`. */
export function periodChoices(unit: CalendarUnit, today: CalendarDate): PeriodChoice[] {
  const current = periodOf(today, unit);
  const choices: PeriodChoice[] = [
    { which: 'this', date: today },
    { which: 'last', date: unit === 'week' ? addDays(today, -7) : previousPeriod(current, unit).end },
  ];
  return unit !== 'week' && daysBetween(current.start, today) < JUST_ENDED_DAYS ? choices.reverse() : choices;
}
