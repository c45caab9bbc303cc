/**
 * The MAIN-world half of the VK page bridge, as shipped in page-bridge.js: answers `groups.getById` and `wall.get`
 * with allow-listed parameters, only for messages tagged with the nonce its content script gave it. The one
 * implementation of the main-world half; its isolated-world client is lib/sites/vk/bridge.ts (next to it). No zod and no reader
 * here: the request is checked by hand (tag, kind, nonce, id, method and parameters from the allow-lists), and every answer is validated
 * with zod where it is received, by `createVkBridgeClient` in the isolated world (tests/entrypoints/page-bridge.test.ts
 * runs this half against that client). Anything the page itself posts can also forge answers, which is why the
 * receiving side, not this one, is where validation counts.
 */
/** Tags every bridge message (both halves). */
export const BRIDGE_TAG = 'gospabliki-audit:vk-bridge';
const TAG = BRIDGE_TAG;

const ALLOWED_PARAMS: Readonly<Record<string, readonly string[]>> = {
  'groups.getById': ['group_id', 'group_ids', 'fields'],
  'wall.get': ['owner_id', 'offset', 'count', 'filter'],
};

export interface BridgeWindow {
  postMessage(message: unknown, targetOrigin: string): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  location: { origin: string };
}

interface BridgeRequest {
  id: number;
  method: string;
  params: Record<string, string | number>;
}

/** The request in `data` when it is a well-formed, allow-listed bridge request for `nonce`; else null. */
export function bridgeRequest(data: unknown, nonce: string): BridgeRequest | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (m.tag !== TAG || m.kind !== 'request' || m.nonce !== nonce) return null;
  if (typeof m.id !== 'number' || !Number.isFinite(m.id) || typeof m.method !== 'string') return null;
  const allowed = Object.hasOwn(ALLOWED_PARAMS, m.method) ? ALLOWED_PARAMS[m.method] : undefined;
  if (!allowed || typeof m.params !== 'object' || m.params === null || Array.isArray(m.params)) return null;
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(m.params)) {
    if (typeof value !== 'string' && typeof value !== 'number') return null;
    if (allowed.includes(key)) params[key] = value;
  }
  return { id: m.id, method: m.method, params };
}

function pageApi(win: object): ((method: string, params: Record<string, string | number>) => unknown) | null {
  const vkApi: unknown = (win as { vkApi?: unknown }).vkApi;
  if (typeof vkApi !== 'object' || vkApi === null) return null;
  const api: unknown = (vkApi as { api?: unknown }).api;
  return typeof api === 'function' ? (method, params) => api.call(vkApi, method, params) : null;
}

/** MAIN world: answer allow-listed API calls for messages carrying `nonce`. Returns an uninstaller. */
export function installPageBridge(win: BridgeWindow, nonce: string): () => void {
  const listener = (event: MessageEvent) => {
    if (event.source !== (win as unknown)) return;
    const req = bridgeRequest(event.data, nonce);
    if (!req) return;
    const reply = (ok: boolean, result?: unknown, error?: string) =>
      win.postMessage({ tag: TAG, kind: 'response', nonce, id: req.id, ok, result, error }, win.location.origin);
    const api = pageApi(win);
    if (!api) {
      reply(false, undefined, 'no-api');
      return;
    }
    Promise.resolve()
      .then(() => api(req.method, req.params))
      .then(
        (result) => reply(true, JSON.parse(JSON.stringify(result ?? null))),
        (error: unknown) => reply(false, undefined, String(error).slice(0, 200)),
      );
  };
  win.addEventListener('message', listener);
  return () => win.removeEventListener('message', listener);
}
