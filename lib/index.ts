/**
 * The public library contract. Re-exports only; importable in plain Node (no DOM, no extension globals).
 */

export { auditCommunity, CHECK_DEFINITIONS, checkDefinition } from './audit/audit';
export type { CheckContext, CheckDefinition, CheckResult } from './audit/check';
export { achievementOf, engagementFromTotals, roundTo } from './audit/engagement';
export {
  frequencyGroups,
  type GroupSetScore,
  type GroupTotals,
  groupMonthPassed,
  scoreGroupSet,
} from './audit/group-set';
export { designPresence, itemPresences } from './audit/items';
export { isPageUnreadable } from './audit/posts';
export { RULE_PRESETS } from './audit/presets';
export { membersOf } from './audit/reach';
export { isReasonCode, REASON_CODES, type ReasonCode } from './audit/reasons';
// Rule set v2 (docs/rule-sets.md): factor tables, «оформление»/mark items, «визитка» groups, the Chelyabinsk preset.
// v3 (docs/institutions.md): expected platforms, MAX/Telegram norms (lib/institutions/norms.ts), the MAX link.
export {
  countsItem,
  DEFAULT_RULES,
  factorPenalty,
  MIN_REQUIREMENT_ITEMS,
  type MinRequirementItem,
  meetsWeeklyNorm,
  type ParsedRuleSet,
  type PenaltyBand,
  parseRuleSet,
  RULE_MIGRATIONS,
  RULES_VERSION,
  type RulePresetId,
  type RuleSet,
  RuleSetSchema,
  requiredPostsPerWeek,
} from './audit/rules';
export {
  type Prediction,
  predict,
  type RatingBreakdown,
  type RatingParts,
  ratingBreakdown,
  ratingTotal,
} from './audit/score';
export type {
  Audit,
  AuditCheck,
  AuditMonth,
  AuditOptions,
  AuditWeek,
  EngagementDetail,
  Forecast,
  Range,
  RknInfo,
  ScoreBreakdown,
  ScoreRanges,
} from './audit/types';
export { BatchController } from './batch/controller';
export { type SetIndicators, type SetMember, type SetPeriod, setIndicators } from './batch/indicators';
export { auditRecordOf, metricsOf, weeklyPostsOf } from './batch/record';
export {
  institutionRowsOf,
  isProblem,
  type MonthRef,
  type ResultRow,
  type RowMonth,
  type RunningWeek,
  rowInMonth,
  rowOf,
  sortRows,
} from './batch/rows';
export { type BatchDeps, type BatchStore, type CollectPosts, type ReadPage, runBatch } from './batch/runner';
export {
  type FailureReason,
  newRun,
  type Run,
  type RunItem,
  type RunProgress,
  retryItems,
  runProgress,
} from './batch/state';
export { type TrendPoint, trendOf } from './batch/trend';
// ---- rating engine (lib/calendar.ts, lib/audit/**) ----
// Which month the screens show first (docs/methodology.md §3.1, revision 2026-12; docs/month-in-view.md):
// monthShownFirst(now, timeZone, N) → { view: 'previous' | 'current', year, month, current, previous } — the month
// that ended on days 1…N of a month, else the current one; monthAuditInstant(view, now, timeZone) → the `now` to
// audit that month at (the ended month's last instant: every week decided). Popup, lists page and exports use them.
export {
  DAYS_PER_WEEK,
  DEFAULT_ENDED_MONTH_DAYS,
  type EvaluationWeek,
  evaluationWeekOf,
  type InstantRange,
  isValidTimeZone,
  lastInstantOfMonth,
  type MonthShownFirst,
  type MonthView,
  type MonthWeek,
  type MonthWeeks,
  monthAuditInstant,
  monthOf,
  monthShownFirst,
  monthWeeks,
  nextMonthStart,
  previousMonthEnd,
  previousMonthStart,
  startOfDay,
  type WallTime,
  WEEK_NUMBERS,
  weekOfDay,
  weekRange,
  type YearMonth,
  type ZonedParts,
  zonedParts,
  zonedTimeToInstant,
} from './calendar';
// ---- group lists: import, batch runner, set indicators (lib/import/**, lib/batch/**) ----
export {
  type GroupLink,
  groupKeyOf,
  type ImportedFigures,
  type ImportedGroup,
  type ImportedInstitution,
  type ImportIssue,
  type ImportResult,
  type PlatformLink,
  parseCsv,
  parseGroupLink,
  parseListFile,
  parsePastedLinks,
  parsePlatformLink,
  platformOfKey,
} from './import';
// ---- institutions across VK, OK, MAX, Telegram; figures entered by hand (lib/institutions/**, docs/institutions.md) ----
export {
  auditInstitution,
  type Compliance,
  expectedPlatforms,
  type InstitutionAudit,
  type InstitutionAuditOptions,
  type InstitutionPage,
  institutionOptions,
  monthState,
  type PageMaxLink,
  type PlatformState,
} from './institutions/audit';
export { formValuesOf, type ManualFormValues, parseManualForm } from './institutions/form';
export { auditManual, type ManualAudit, type ManualWeek, manualRecordOf } from './institutions/manual';
export {
  type MaxFirstMonth,
  type MaxFirstOptions,
  type MaxFirstProblem,
  type MaxFirstReason,
  type MaxFirstWeek,
  type MaxSide,
  matchWords,
  maxFirstMonth,
  type TextPage,
  type TextPost,
  textsMatch,
} from './institutions/max-first';
export { type MaxLinkPage, type MaxLinkReason, type MaxLinkResult, maxLinkCheck } from './institutions/max-link';
export { platformNorm, rulesForPlatform } from './institutions/norms';
export {
  type InstitutionRecord,
  InstitutionRecordSchema,
  type ManualMonth,
  ManualMonthSchema,
  type ManualPost,
} from './institutions/types';
// ---- page readers (lib/sites/**, lib/parse/**, lib/sanitize.ts) ----
export { type CountRange, parseCount, parseCountRange } from './parse/counts';
/** `parseDate` (addition, issue 16): the instant and its precision ('day' for «вчера», «2 дн. назад»; docs/dates.md). */
export {
  type DateLabelFormat,
  type DateParseContext,
  type ParsedDate,
  parseDate,
  parseDateLabel,
  VK_DATE_FORMAT,
} from './parse/dates';
// ---- planning and reminders (lib/planning/**, pure) ----
export {
  dayInfo,
  HOLIDAY_YEARS,
  type HolidayBasis,
  type HolidayId,
  type HolidayRun,
  type HolidayYear,
  holidayRuns,
} from './planning/holidays';
export {
  DEFAULT_REMINDER_SETTINGS,
  decideNotifications,
  type GroupObservation,
  parseNotificationId,
  REMINDER_KINDS,
  type ReminderKind,
  type ReminderNotification,
  type ReminderSettings,
  ReminderSettingsSchema,
  type ReminderState,
  remindersBadgeText,
  trackedAtRisk,
} from './planning/notify';
export { buildPlan, type Plan, type PlanOptions } from './planning/plan';
export { groupLockName, rereadGroups } from './planning/reread';
export { isRunDue, nextSlotAfter } from './planning/schedule';
export { sanitizeDocument } from './sanitize';
export {
  detectPage,
  type FetchReadOptions,
  fetchCommunityPage,
  type ReadCommunityPageOptions,
  readCommunityPage,
  SITES,
  siteOf,
} from './sites';
export {
  type CollectOptions,
  type CollectResult,
  decodeBytes,
  type PartialReason,
  paginate,
  type WallSource,
} from './sites/core/collect';
export { collectOkPosts, type OkCollectOptions } from './sites/ok/collect';
export { OK_DATE_FORMAT } from './sites/ok/dates';
export { detectOkPage, isOkCommunityCandidate, isOkGroup, isOkProfile, okGroupIdFromUrl } from './sites/ok/detect';
export type { PageKind, ReadOptions, SelectorAlternative, SelectorSet, SiteAdapter } from './sites/types';
export {
  collectPostsViaBridge,
  createVkBridgeClient,
  readVkPageWithBridge,
  type VkBridgeClient,
} from './sites/vk/bridge';
export { collectPosts, collectScheduledPosts, type VkCollectOptions } from './sites/vk/collect';
export { detectVkPage, isVkCommunity, isVkOther, isVkProfile, isVkScreenName, vkIdFromUrl } from './sites/vk/detect';
export { installPageBridge } from './sites/vk/page-bridge';
/**
 * Contract types; `Post.datePrecision` / `DatePrecisionSchema` are an addition of issue 16 (docs/dates.md);
 * `Post.textStart` (the post's own first words, for «MAX first») of issue 19 (docs/max.md).
 */
export * from './types';
// ---- VK API mode of the list audit (lib/vkapi/**, pure over an injected fetch; docs/vk-api.md) ----
export { ApiBatcher, type BatcherStats } from './vkapi/batcher';
export { type ApiCall, type ApiTransport, createTransport, executeCode, splitExecute } from './vkapi/client';
export { ApiRunStop, type ApiStopReason, VkApiError, VkNetworkError } from './vkapi/errors';
export { RateLimiter } from './vkapi/limiter';
export {
  EXECUTE_MAX_CALLS,
  GET_BY_ID_MAX_IDS,
  REQUESTS_PER_SECOND,
  VK_API_HOSTS,
  VK_API_ORIGINS,
  VK_API_VERSION,
  WALL_GET_DAILY_LIMIT,
  WALL_GET_MAX_COUNT,
} from './vkapi/limits';
export { API_LAYOUT, GROUP_FIELDS as API_GROUP_FIELDS, groupsOfAnswer, pageFromApi, postsOfAnswer } from './vkapi/map';
export { type ApiModeSetup, createApiMode } from './vkapi/mode';
export { runApiMode } from './vkapi/runner';
