export { articleTerms, stem, type ArticleTerms } from './terms.js';
export { similarPairs, weighTerms, MIN_SHARED_NAMES, type PairSimilarity } from './similarity.js';
export { averageLinkage, type Edge } from './cluster.js';
export { suggestStories, STORY_THRESHOLD, ATTACH_RATIO, type ExistingGroup, type Story, type StoryInput, type SuggestOptions } from './stories.js';
