/**
 * A fake of VK's API for the tests and the bench: the documented answers of the methods the extension uses
 * (groups.getById, wall.get, users.get for the key check, execute) over a deterministic world of communities, and
 * VK's documented limits enforced:
 * - 3 requests a second per key (a sliding window over the requests it accepted) → error 6;
 * - `execute`: at most 25 calls (→ 13 «Too many API calls»), an answer of at most 5 MB (→ 13 «response size is too
 *   big»); only the documented simple form `return [API.m({…}), …];` is understood (anything else → 12);
 * - groups.getById: at most 500 ids (→ 100); a screen name that is no community fails the call (→ 100), an unknown
 *   numeric id is left out of the answer;
 * - a daily limit of wall.get calls per key (default 5000, data_limits) → 29;
 * - an unknown key → 5; a key that may not call execute → 28; members-only and private walls → 15; deleted and
 *   banned communities are answered with `deactivated`.
 * The clock is injected (a real one in the browser tests, a virtual one in the unit tests).
 */

export type FakeKind = 'active' | 'normal' | 'silent' | 'closed' | 'private' | 'deleted' | 'banned' | 'big';

export interface FakeGroup {
  id: number;
  screenName: string;
  name: string;
  kind: FakeKind;
  members: number;
  /** Hours between two posts (newest one an hour before `now`); 0 = only `oldPosts`. */
  postEveryHours: number;
  /** Posts on the wall in all (the wall ends there). */
  total: number;
  cover: boolean;
  photo: boolean;
  description: string;
  /** `menu` answered (undocumented field); with the ПОС tile when `pos`. */
  menu: boolean;
  pos: boolean;
  /** `is_government_organization` answered (undocumented); its value. */
  govKnown: boolean;
  gov: boolean;
  /** A pinned post (old), first on the wall. */
  pinned: boolean;
}

export interface FakeKey {
  kind: 'service' | 'user';
  /** May call execute (dev.vk.com says a service key may; older reports said it may not). */
  execute?: boolean;
}

export interface FakeApiOptions {
  /** Milliseconds, monotonic. */
  clock: () => number;
  /** The world's «now» for post dates (ms since the epoch). */
  now: number;
  keys: Record<string, FakeKey>;
  groups: readonly FakeGroup[];
  perSecond?: number;
  dailyWallGet?: number;
  maxExecuteCalls?: number;
  maxIds?: number;
  maxResponseBytes?: number;
  /** Posts without attachments and with a short text (fast unit tests); realistic sizes (~2.5 kB a post) otherwise. */
  lean?: boolean;
}

export interface FakeApiStats {
  requests: number;
  accepted: number;
  calls: Record<string, number>;
  errors: Record<number, number>;
  /** Largest number of accepted requests seen in any second. */
  maxPerSecond: number;
  executeCalls: number[];
  bytes: number;
}

interface ApiError {
  error_code: number;
  error_msg: string;
}

class CallError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

const HOUR = 3600_000;

/** Parses `return [API.m({json}), …];`: the calls, or null for anything else. */
export function parseExecuteCode(code: string): { method: string; params: Record<string, unknown> }[] | null {
  const body = /^\s*return\s*\[([\s\S]*)\]\s*;?\s*$/.exec(code)?.[1];
  if (body === undefined) return null;
  const calls: { method: string; params: Record<string, unknown> }[] = [];
  let i = 0;
  const skip = () => {
    while (i < body.length && /[\s,]/.test(body[i] ?? '')) i++;
  };
  skip();
  while (i < body.length) {
    const head = /^API\.([a-z]+\.[A-Za-z]+)\(/.exec(body.slice(i));
    if (!head) return null;
    i += head[0].length;
    if (body[i] !== '{') return null;
    let depth = 0;
    let inString = false;
    const start = i;
    for (; i < body.length; i++) {
      const c = body[i];
      if (inString) {
        if (c === '\\') i++;
        else if (c === '"') inString = false;
      } else if (c === '"') inString = true;
      else if (c === '{') depth++;
      else if (c === '}' && --depth === 0) break;
    }
    let params: unknown;
    try {
      params = JSON.parse(body.slice(start, i + 1));
    } catch {
      return null;
    }
    i++;
    if (body[i] !== ')') return null;
    i++;
    calls.push({ method: head[1] ?? '', params: params as Record<string, unknown> });
    skip();
  }
  return calls;
}

/** A deterministic pseudo-random number in [0, 1) from integers. */
function rand(...n: number[]): number {
  let h = 2166136261;
  for (const x of n) {
    h ^= x;
    h = Math.imul(h, 16777619) >>> 0;
    h ^= h >>> 13;
  }
  return (h % 100000) / 100000;
}

const LOREM =
  'Уважаемые жители! Администрация сообщает о проведении мероприятий, посвящённых благоустройству территории. ' +
  'Приглашаем всех желающих принять участие в субботнике и обсуждении планов на следующий год. ' +
  'Подробности — в прикреплённых материалах и на официальном сайте учреждения. ';

export class FakeVkApi {
  readonly stats: FakeApiStats = {
    requests: 0,
    accepted: 0,
    calls: {},
    errors: {},
    maxPerSecond: 0,
    executeCalls: [],
    bytes: 0,
  };
  private readonly accepted = new Map<string, number[]>();
  private readonly wallCalls = new Map<string, number>();
  private readonly byId = new Map<number, FakeGroup>();
  private readonly byName = new Map<string, FakeGroup>();
  /** Every key string the fake was sent (the tests check the key never went anywhere else). */
  readonly keysSeen = new Set<string>();

  constructor(private readonly options: FakeApiOptions) {
    for (const g of options.groups) {
      this.byId.set(g.id, g);
      this.byName.set(g.screenName.toLowerCase(), g);
    }
  }

  /** Answers one request: `method` from the path, `form` the POST body (or the query). */
  handle(method: string, form: URLSearchParams): string {
    this.stats.requests++;
    const answer = this.answer(method, form);
    const body = typeof answer === 'string' ? answer : JSON.stringify(answer);
    this.stats.bytes += body.length;
    return body;
  }

  private fail(code: number, msg: string): { error: ApiError } {
    this.stats.errors[code] = (this.stats.errors[code] ?? 0) + 1;
    return { error: { error_code: code, error_msg: msg } };
  }

  private answer(method: string, form: URLSearchParams): unknown {
    const key = form.get('access_token') ?? '';
    if (key) this.keysSeen.add(key);
    const keyInfo = this.options.keys[key];
    if (!keyInfo) return this.fail(5, 'User authorization failed: invalid access_token (4).');
    if (!form.get('v')) return this.fail(8, 'Invalid request: v (version) is required');
    // 3 requests a second per key
    const now = this.options.clock();
    const window = (this.accepted.get(key) ?? []).filter((t) => t > now - 1000);
    if (window.length >= (this.options.perSecond ?? 3)) {
      this.accepted.set(key, window);
      return this.fail(6, 'Too many requests per second');
    }
    window.push(now);
    this.accepted.set(key, window);
    this.stats.accepted++;
    this.stats.maxPerSecond = Math.max(this.stats.maxPerSecond, window.length);

    if (method === 'execute') {
      if (keyInfo.execute === false) {
        return this.fail(28, 'Application authorization failed: method is unavailable with service token.');
      }
      const calls = parseExecuteCode(form.get('code') ?? '');
      if (calls === null) return this.fail(12, 'Unable to compile code');
      if (calls.length > (this.options.maxExecuteCalls ?? 25)) {
        return this.fail(13, 'Runtime error occurred during code invocation: Too many API calls');
      }
      this.stats.executeCalls.push(calls.length);
      const response: unknown[] = [];
      const errors: (ApiError & { method: string })[] = [];
      for (const c of calls) {
        const params = new URLSearchParams();
        for (const [k, v] of Object.entries(c.params)) params.set(k, String(v));
        try {
          response.push(this.method(c.method, params, key));
        } catch (error) {
          if (!(error instanceof CallError)) throw error;
          this.stats.errors[error.code] = (this.stats.errors[error.code] ?? 0) + 1;
          response.push(false);
          errors.push({ method: c.method, error_code: error.code, error_msg: error.message });
        }
      }
      const out = JSON.stringify(errors.length > 0 ? { response, execute_errors: errors } : { response });
      if (out.length > (this.options.maxResponseBytes ?? 5 * 1024 * 1024)) {
        return this.fail(13, 'Runtime error occurred during code invocation: response size is too big');
      }
      return out;
    }
    try {
      return { response: this.method(method, form, key) };
    } catch (error) {
      if (!(error instanceof CallError)) throw error;
      return this.fail(error.code, error.message);
    }
  }

  private method(method: string, params: URLSearchParams, key: string): unknown {
    this.stats.calls[method] = (this.stats.calls[method] ?? 0) + 1;
    if (method === 'groups.getById') return this.getById(params);
    if (method === 'wall.get') {
      const used = (this.wallCalls.get(key) ?? 0) + 1;
      if (used > (this.options.dailyWallGet ?? 5000)) throw new CallError(29, 'Rate limit reached');
      this.wallCalls.set(key, used);
      return this.wallGet(params);
    }
    if (method === 'users.get') return [];
    throw new CallError(3, 'Unknown method passed');
  }

  private getById(params: URLSearchParams): unknown {
    const ids = (params.get('group_ids') ?? params.get('group_id') ?? '').split(',').filter(Boolean);
    if (ids.length === 0)
      throw new CallError(100, 'One of the parameters specified was missing or invalid: group_ids is undefined');
    if (ids.length > (this.options.maxIds ?? 500)) {
      throw new CallError(100, 'One of the parameters specified was missing or invalid: group_ids is too long');
    }
    const fields = new Set((params.get('fields') ?? '').split(','));
    const groups: unknown[] = [];
    for (const id of ids) {
      const numeric = /^\d+$/.test(id) ? Number(id) : /^(?:club|public)(\d+)$/.exec(id)?.[1];
      const g = numeric !== undefined ? this.byId.get(Number(numeric)) : this.byName.get(id.toLowerCase());
      if (g === undefined) {
        if (numeric !== undefined) continue;
        throw new CallError(100, 'One of the parameters specified was missing or invalid: group_ids is undefined');
      }
      groups.push(this.groupObject(g, fields));
    }
    return { groups, profiles: [] };
  }

  private groupObject(g: FakeGroup, fields: Set<string>): Record<string, unknown> {
    const photo = (size: number) =>
      g.photo
        ? `https://sun9-${g.id % 80}.userapi.com/s/v1/ig2/${g.id}x${size}.jpg?quality=95&crop=0,0,400,400&as=32x32,48x48,72x72,108x108,160x160,240x240,360x360&ava=1&cs=${size}x${size}`
        : `https://vk.com/images/community_${size}.png`;
    const base: Record<string, unknown> = {
      id: g.id,
      name: g.name,
      screen_name: g.screenName,
      is_closed: g.kind === 'closed' ? 1 : g.kind === 'private' ? 2 : 0,
      type: 'group',
      photo_50: photo(50),
      photo_100: photo(100),
      photo_200: photo(200),
    };
    if (g.kind === 'deleted' || g.kind === 'banned') {
      return { ...base, name: 'DELETED', deactivated: g.kind === 'deleted' ? 'deleted' : 'banned' };
    }
    const add = (field: string, value: unknown) => {
      if (fields.has(field)) base[field] = value;
    };
    add('members_count', g.members);
    add('has_photo', g.photo ? 1 : 0);
    add(
      'cover',
      g.cover
        ? {
            enabled: 1,
            images: [400, 800, 1590].map((w) => ({
              url: `${photo(w)}&cover=${w}`,
              width: w,
              height: Math.round(w / 4),
            })),
          }
        : { enabled: 0 },
    );
    add('description', g.description);
    add('status', 'Официальная страница');
    add('site', g.id % 3 === 0 ? `https://school${g.id}.gosuslugi.ru` : '');
    add('verified', 0);
    add('links', []);
    if (g.pinned) add('fixed_post', this.pinnedId(g));
    if (g.menu) {
      const items = [
        { id: 1, title: 'Товары', url: `https://vk.com/market-${g.id}`, type: 'market' },
        ...(g.pos
          ? [{ id: 2, title: 'Сообщить о проблеме', url: `https://pos.gosuslugi.ru/form/?opaId=${g.id}`, type: 'app' }]
          : []),
      ];
      add('menu', { items, can_add: false, max_items: 7 });
    }
    if (g.govKnown) add('is_government_organization', g.gov);
    return base;
  }

  private pinnedId(g: FakeGroup): number {
    return g.total + 10;
  }

  private wallGet(params: URLSearchParams): unknown {
    const owner = Number(params.get('owner_id') ?? params.get('domain')?.replace(/^club/, '-'));
    const g = this.byId.get(-owner);
    if (!g) throw new CallError(100, 'One of the parameters specified was missing or invalid: owner_id is undefined');
    if (g.kind === 'deleted' || g.kind === 'banned') throw new CallError(18, 'User was deleted or banned');
    if (g.kind === 'closed' || g.kind === 'private') {
      throw new CallError(15, 'Access denied: this wall available only for community members');
    }
    const offset = Number(params.get('offset') ?? 0);
    const count = Math.min(Number(params.get('count') ?? 20), 100);
    const all = g.total + (g.pinned ? 1 : 0);
    const items: unknown[] = [];
    for (let i = offset; i < Math.min(all, offset + count); i++) items.push(this.post(g, i));
    return { count: all, items };
  }

  /** The i-th post of the wall, newest first (the pinned one at 0). */
  private post(g: FakeGroup, index: number): Record<string, unknown> {
    const pinnedFirst = g.pinned && index === 0;
    const n = g.pinned ? index - 1 : index;
    const date = pinnedFirst
      ? this.options.now - 400 * 24 * HOUR
      : g.postEveryHours > 0
        ? this.options.now - HOUR - n * g.postEveryHours * HOUR - Math.floor(rand(g.id, n) * HOUR)
        : this.options.now - (100 + n * 45) * 24 * HOUR;
    const id = pinnedFirst ? this.pinnedId(g) : g.total - n;
    const r = rand(g.id, id, 7);
    const text = pinnedFirst
      ? `Официальная страница. Информация о регистрации в перечне РКН: https://knd.gov.ru/license?id=${(g.id.toString(16) + 'a'.repeat(24)).slice(0, 24)}&registryType=bloggersPermission`
      : LOREM.slice(0, this.options.lean ? 20 : 120 + Math.floor(r * 200));
    const photos = this.options.lean ? 0 : 1 + Math.floor(r * 3);
    const attachments = Array.from({ length: photos }, (_, k) => ({
      type: 'photo',
      photo: {
        album_id: -7,
        date: Math.floor(date / 1000),
        id: 457239000 + id * 10 + k,
        owner_id: -g.id,
        access_key: 'a1b2c3d4e5f6a7b8c9',
        sizes: [75, 130, 604, 807, 1280].map((w) => ({
          height: Math.round(w * 0.66),
          type: 'msxyz'[Math.min(4, Math.floor(w / 300))] ?? 'x',
          width: w,
          url: `https://sun9-${(g.id + k) % 80}.userapi.com/impg/${g.id}/${id}_${k}.jpg?size=${w}x${Math.round(w * 0.66)}&quality=95&sign=0123456789abcdef0123456789abcdef&type=album`,
        })),
        text: '',
        has_tags: false,
      },
    }));
    return {
      id,
      owner_id: -g.id,
      from_id: -g.id,
      created_by: 100 + (g.id % 50),
      date: Math.floor(date / 1000),
      post_type: 'post',
      text,
      is_pinned: pinnedFirst ? 1 : undefined,
      marked_as_ads: 0,
      can_edit: 0,
      can_delete: 0,
      can_pin: 0,
      attachments,
      post_source: { type: 'vk' },
      comments: { can_post: 1, count: Math.floor(r * 5), groups_can_post: true },
      likes: { can_like: 1, count: 5 + Math.floor(r * 40), user_likes: 0, can_publish: 1, repost_disabled: false },
      reposts: { count: Math.floor(r * 4), user_reposted: 0 },
      views: { count: 300 + Math.floor(r * 2000) },
      donut: { is_donut: false },
      short_text_rate: 0.8,
      hash: `h${g.id}x${id}`,
      type: 'post',
    };
  }
}

/**
 * `n` communities of a region, mixed as a list of a district's pages is: active (two posts a day), normal (three or
 * four a week), silent (nothing for months), members-only, private, deleted, banned and big ones (over 10 000
 * members). Ids from `firstId`; screen names `gov_<id>`.
 */
export function mixedGroups(n: number, firstId = 200_000_000): FakeGroup[] {
  const out: FakeGroup[] = [];
  const kinds: FakeKind[] = [
    'active',
    'normal',
    'normal',
    'normal',
    'silent',
    'big',
    'normal',
    'active',
    'normal',
    'silent',
    'closed',
    'normal',
    'active',
    'normal',
    'private',
    'normal',
    'deleted',
    'normal',
    'banned',
    'normal',
  ];
  for (let i = 0; i < n; i++) {
    const id = firstId + i;
    const kind = kinds[i % kinds.length] as FakeKind;
    const r = rand(id, 1);
    const every = kind === 'active' ? 11 : kind === 'big' ? 8 : kind === 'normal' ? 50 : 0;
    out.push({
      id,
      screenName: `gov_${id}`,
      name: `Учреждение № ${i + 1}`,
      kind,
      members: kind === 'big' ? 12_000 + Math.floor(r * 30_000) : 150 + Math.floor(r * 4000),
      postEveryHours: every,
      total: every > 0 ? Math.floor((24 / every) * 400) : 3,
      cover: r > 0.2,
      photo: r > 0.05,
      description: r > 0.1 ? `Официальная страница учреждения № ${i + 1}. Телефон: 8 (800) 000-00-00.` : '',
      menu: r > 0.3,
      pos: r > 0.45,
      govKnown: r > 0.25,
      gov: r > 0.35,
      pinned: r > 0.6,
    });
  }
  return out;
}
