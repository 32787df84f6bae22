/** Drag-and-drop type of a board card (its quantity id); other drags (files, articles) are ignored by columns. */
export const BOARD_CARD_DRAG_TYPE = 'application/x-crosscheck-card';
