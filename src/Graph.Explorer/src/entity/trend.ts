/** Papers in one calendar month, `yyyy-MM`. */
export interface MonthCount {
  readonly month: string;
  readonly papers: number;
}

const monthPattern = /^(\d{4})-(\d{2})$/;

/**
 * The server leaves months without papers out of a trend; a chart must show them as zero, or a gap of years would
 * look like adjacent months. Returns every month from the first to the last, in order. Malformed months are
 * dropped; repeated months are added up.
 */
export function fillMonths(trend: readonly MonthCount[]): MonthCount[] {
  const counts = new Map<number, number>();
  for (const { month, papers } of trend) {
    const index = monthIndex(month);
    if (index !== null && Number.isFinite(papers)) {
      counts.set(index, (counts.get(index) ?? 0) + papers);
    }
  }

  if (counts.size === 0) {
    return [];
  }

  const first = Math.min(...counts.keys());
  const last = Math.max(...counts.keys());
  const months: MonthCount[] = [];
  for (let index = first; index <= last; index++) {
    months.push({ month: monthName(index), papers: counts.get(index) ?? 0 });
  }

  return months;
}

function monthIndex(month: string): number | null {
  const match = monthPattern.exec(month);
  if (!match) {
    return null;
  }

  const m = Number(match[2]);
  return m >= 1 && m <= 12 ? Number(match[1]) * 12 + m - 1 : null;
}

function monthName(index: number): string {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}
