/** A calendar date without time zone: periods are whole days, so no clock may shift them. */
export interface IsoDate {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
export const daysInYear = (y: number): number => (isLeapYear(y) ? 366 : 365);
export const daysInMonth = (y: number, m: number): number =>
  m === 2 ? (isLeapYear(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;

/** 'YYYY-MM-DD' → date, or undefined for anything that is not a real calendar date. */
export function parseIsoDate(text: string): IsoDate | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return undefined;
  return { y, m: mo, d };
}

export const formatIsoDate = ({ y, m, d }: IsoDate): string =>
  `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

/** Day number within its year, 1 = 1 January. */
export function dayOfYear({ y, m, d }: IsoDate): number {
  let n = d;
  for (let k = 1; k < m; k++) n += daysInMonth(y, k);
  return n;
}

export const compareIsoDate = (a: IsoDate, b: IsoDate): number =>
  a.y - b.y || a.m - b.m || a.d - b.d;
