/** The time range every admin figure counts over: rows created in [from, to). */
export interface StatsRange {
  from: Date;
  to: Date;
}
