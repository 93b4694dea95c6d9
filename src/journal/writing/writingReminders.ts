/**
 * Gentle reminders to write: this week's leadership moments from a chosen weekday, and the
 * monthly reflection around the month's end. Quiet by design: they only say what is missing.
 */
import { type CalendarDate, addDays, addMonths, endOfMonth, isoWeekday } from '../base/dates';
import type { Entry } from '../entries/entry';
import { LEADERSHIP_MOMENTS, MONTHLY_REFLECTION } from './entryNames';
import { periodOf } from '../base/periods';
import { WEEKDAYS, type Weekday } from '../base/weekdays';

/** Days before the month's last day from which its reflection is suggested. */
export const MONTH_END_LEAD_DAYS = 3;
/** Days into a new month during which last month's reflection is still suggested. */
export const MONTH_START_GRACE_DAYS = 5;

export interface WritingReminder {
  readonly type: typeof LEADERSHIP_MOMENTS | typeof MONTHLY_REFLECTION;
  /** `2026-W47` or `2026-11`. */
  readonly period: string;
  /** A day in that period, to pass to the New … command. */
  readonly date: CalendarDate;
}

function written(entries: readonly Entry[], type: string, unit: 'week' | 'month', label: string): boolean {
  return entries.some((entry) => entry.type === type && periodOf(entry.date, unit).label === label);
}

/** What is due to be written on `today`. */
export function writingReminders(entries: readonly Entry[], today: CalendarDate, weeklyFrom: Weekday): WritingReminder[] {
  const reminders: WritingReminder[] = [];
  const week = periodOf(today, 'week').label;
  if (isoWeekday(today) >= WEEKDAYS.indexOf(weeklyFrom) + 1 && !written(entries, LEADERSHIP_MOMENTS, 'week', week)) {
    reminders.push({ type: LEADERSHIP_MOMENTS, period: week, date: today });
  }
  const lastDay = endOfMonth(today);
  if (today >= addDays(lastDay, -MONTH_END_LEAD_DAYS)) {
    const month = periodOf(today, 'month').label;
    if (!written(entries, MONTHLY_REFLECTION, 'month', month)) {
      reminders.push({ type: MONTHLY_REFLECTION, period: month, date: today });
    }
  } else if (Number(today.slice(8)) <= MONTH_START_GRACE_DAYS) {
    const previous = addMonths(today, -1);
    const month = periodOf(previous, 'month').label;
    const end = endOfMonth(previous);
    if (!written(entries, MONTHLY_REFLECTION, 'month', month)) {
      reminders.push({ type: MONTHLY_REFLECTION, period: month, date: end });
    }
  }
  return reminders;
}
