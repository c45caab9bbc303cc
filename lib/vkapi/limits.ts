/**
 * VK API limits the API mode keeps to, each with its source (docs/vk-api.md has the quotes and dates).
 * Pure constants: no browser API.
 */

/** API version of every request (VKCOM/vk-api-schema 5.199, 2025-01-21; dev.vk.com «Формат запросов»). */
export const VK_API_VERSION = '5.199';

/** The API hosts VK documents (dev.vk.com «Формат запросов»: api.vk.com and api.vk.ru). The first is tried first. */
export const VK_API_HOSTS = ['api.vk.ru', 'api.vk.com'] as const;
export type VkApiHost = (typeof VK_API_HOSTS)[number];

/** Match patterns of the optional host permissions asked for when a key is first saved. */
export const VK_API_ORIGINS: readonly string[] = VK_API_HOSTS.map((h) => `https://${h}/*`);

/**
 * Requests a second per key type: «с ключом доступа пользователя или сервисным ключом доступа можно обращаться не
 * чаще 3 раз в секунду. Для ключа доступа сообщества ограничение составляет 20 запросов в секунду» (VK's «Запросы к
 * API», quoted in SevereCloud/vksdk api/README.md). An `execute` counts as one request.
 */
export const REQUESTS_PER_SECOND = { service: 3, user: 3, group: 20 } as const;
export type KeyKind = keyof typeof REQUESTS_PER_SECOND;

/** «Внутри параметра может содержаться не более 25 обращений к методам API» (dev.vk.com, method execute). */
export const EXECUTE_MAX_CALLS = 25;

/**
 * «Существует ограничение на объем ответа. В случае, если данные в ответе занимают больше 5 МБ, вернется ошибка 13 с
 * комментарием "response size is too big"» (vk.com/dev/execute, quoted in negezor/vk-io#447, 2021-08-10).
 */
export const EXECUTE_MAX_RESPONSE_BYTES = 5 * 1024 * 1024;

/** What the packer aims for per `execute` answer: well under the 5 MB limit, as sizes are estimates. */
export const EXECUTE_TARGET_BYTES = 3 * 1024 * 1024;

/** groups.getById takes at most 500 ids a call (dev.vk.com, method groups.getById, `group_ids`). */
export const GET_BY_ID_MAX_IDS = 500;

/** wall.get returns at most 100 posts a call («Number of posts to return (maximum 100)», vk-api-schema). */
export const WALL_GET_MAX_COUNT = 100;

/**
 * Daily quantitative limit of wall.get: «wall.get — 5000 вызовов в сутки» (vk.com/dev/data_limits, quoted in public
 * code); past a quantitative limit VK answers error 29 «Rate limit reached».
 */
export const WALL_GET_DAILY_LIMIT = 5000;

/** No figure is documented for an `execute`'s run time: a request still unanswered after this is abandoned. */
export const REQUEST_TIMEOUT_MS = 30_000;
