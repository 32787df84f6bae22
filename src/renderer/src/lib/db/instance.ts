/** The app's one database connection (tests create their own with createDb). */
import { createDb } from './schema.js';

export const db = createDb();
