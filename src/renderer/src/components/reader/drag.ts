/** Data type of a library row dragged onto the reader (a custom type, so file drops and text drags are not confused with it). */
export const ARTICLE_DRAG_TYPE = 'application/x-crosscheck-article';
