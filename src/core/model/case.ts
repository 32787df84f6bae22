/** One investigation: a named set of library articles. Analysis, board and reports belong to a case. */
export interface Case {
  id: string;
  name: string;
  description: string;
  /** Article ids (an article may sit in several cases). */
  articleIds: string[];
  /** ISO 8601. */
  createdAt: string;
  updatedAt: string;
}

/** Name of the case that holds every article of a library opened from before cases existed. */
export const UNSORTED_CASE_NAME = 'Unsorted';
