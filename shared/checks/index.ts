// The copy desk's checks: house style, notes left in the copy, the story's fields, quotes, names,
// photos and links, over one story. Pure TypeScript (no DOM, no Node): the editor, the host and
// the command line run the same engine.
export { type BodyPositions, bodyPositions, bodyTexts, docRange, textblockText } from './body';
export { type ChangedBlocks, type CheckOptions, type CheckStoryFields, changedBlocks, checkStory, recheckStory, type StoryChecks } from './engine';
export { HOUSE_STYLE_FILE_NAME, houseStyleExample } from './example';
export {
  compileHouseStyle,
  DEFAULT_HOUSE_STYLE,
  describeIssue,
  expandReplacement,
  type HouseRule,
  type HouseStyle,
  type HouseStyleProblem,
  houseRuleDefinitions,
} from './house-style';
export { IGNORE_CONTEXT_CHARS, ignoreContext, ignoreFor, ignoreSet, isIgnored, matchSources, openMatches } from './ignore';
export { linkAddressProblem } from './links';
export {
  type CodeRuleDefinition,
  DEFAULT_LIMITS,
  type HouseLimits,
  type HouseRuleDefinition,
  type HouseStyleConfig,
  type HouseStyleSection,
  houseStyleSections,
  libraryRuleSchema,
  type RegexRuleDefinition,
  TEXT_SCOPES,
  type TextScope,
  type WordsRuleDefinition,
} from './rules';
export {
  CHECK_CATEGORIES,
  CHECK_CATEGORY_LABELS,
  CHECK_FIELDS,
  CHECK_SEVERITIES,
  type CheckCategory,
  type CheckField,
  type CheckMatch,
  type CheckRange,
  type CheckSeverity,
} from './types';
