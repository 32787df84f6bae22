/** What sort of number a mention is. */
export type MentionKind =
  | 'count'
  | 'money'
  | 'percent'
  | 'measure'
  | 'year'
  | 'date'
  | 'ordinal'
  | 'ratio'
  | 'duration';

/** How the source hedges the number (see docs/extraction.md for the interval each one yields). */
export type Qualifier = 'exact' | 'over' | 'about' | 'under' | 'range';

export type Trend = 'up' | 'down' | null;

/** One statistic as it appears in one article. Field names are the public JSON schema of `analyze --analysis-json` and `extract`. */
export interface Mention {
  /** `<articleId>:<start>` — unique within a corpus. */
  id: string;
  articleId: string;
  /** Exact surface text: `text === article.text.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  sentence: string;
  kind: MentionKind;
  /** Point value in base units (dollars not billions; km² for areas); for ranges the midpoint; null when only a range makes sense. */
  value: number | null;
  /** Interval the source commits to, after the hedge and the implicit precision of round numbers. */
  low: number | null;
  high: number | null;
  /** Normalised unit: `USD`, `EUR`, `%`, `pp`, `km2`, `km`, `year`, `USD/year` ...; null for plain counts. */
  unit: string | null;
  qualifier: Qualifier;
  /** Direction when the number is a change ("rose 7 percent", "fell by $2bn"). */
  trend: Trend;
  /** What is counted, lemmatised: `troop`, `personnel`, `peacekeeper`, `life`, `incident`. */
  measure: string | null;
  /** Who or what the number belongs to, where the sentence says it. */
  subject: string | null;
  /** The verb or event: `deploy`, `die`, `kill`, `wound`, `spend`, `coup`, `vote`. */
  event: string | null;
  /**
   * Set only when `event` is the verb of the next figure's coordinated predicate ("a tax rate of 30 percent and donated
   * 10 percent": `donate` for the rate): the event of the number's own clause, null when it states none. Labels read it;
   * the grouping reads `event`, the nearest event word, a context signal its weights were fitted with (decision 0075).
   */
  ownEvent?: string | null;
  timeFrame: string | null;
  attribution: string | null;
  /** Vote tallies (kind `ratio`): votes for / against; `unanimous` when the text says so without numbers. */
  tally?: { for: number | null; against: number | null; unanimous: boolean };
  /** Kind `date`: ISO form as far as written (`2023-06-30`, `2021-05`, or `--06-30` without a year). */
  iso?: string;
  /**
   * The counted noun phrase as written, lemmatised: modifiers and head ("cleaning staff", "commercial fisherman",
   * "heart transplant"); `measure` is its head. Only set when the phrase has more than the head.
   */
  noun?: string;
  /** Shares (fractions and percentages): the population the share is of ("a third of the region's residents" → `resident`). */
  denominator?: string;
  /**
   * The number's part in a change the sentence states: `by` the amount of change ("rose 5%", "a $2bn cut"), `from` the
   * level before ("from $30 billion", "down from 1,900"), `to` the level after ("to $6 billion", "fell to 250,000").
   */
  change?: 'by' | 'from' | 'to';
  /** For `from`/`to` levels: which way the change went (the change amount keeps it in `trend`). */
  direction?: 'up' | 'down';
  /** For a `to` level whose `from` level is in the same phrase: to − from, in base units ("from $30bn to $6bn" → −24e9). */
  delta?: number;
}
