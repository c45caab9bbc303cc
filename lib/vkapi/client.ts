/**
 * One request to VK's API: a POST to `https://<host>/method/<method>` with the parameters and the key in the form
 * body (never in the address, which browsers and proxies may log), and `execute` code for several calls at once.
 * Pure over an injected fetch: no browser API, no global state.
 */
import * as z from 'zod/mini';
import { maskKey, VkApiError, VkNetworkError } from './errors';
import { REQUEST_TIMEOUT_MS, VK_API_HOSTS, VK_API_VERSION } from './limits';

export type ApiParams = Record<string, string | number>;
export type ApiFetch = (url: string, init: RequestInit) => Promise<Response>;

export interface ApiCall {
  method: string;
  params: ApiParams;
}

const ErrorSchema = z.looseObject({ error_code: z.number(), error_msg: z.optional(z.string()) });
const ExecuteErrorSchema = z.looseObject({
  method: z.optional(z.string()),
  error_code: z.number(),
  error_msg: z.optional(z.string()),
});
/** `{response}` or `{error}`; `execute` adds `execute_errors` for the calls that failed inside it. */
const EnvelopeSchema = z.looseObject({
  response: z.optional(z.unknown()),
  error: z.optional(ErrorSchema),
  execute_errors: z.optional(z.array(ExecuteErrorSchema)),
});

export interface ApiAnswer {
  response: unknown;
  /** Errors of calls inside an `execute` (their slots in the response are `false`), in call order. */
  executeErrors: VkApiError[];
  /** Length of the answer's text (what the 5 MB `execute` limit is about). */
  bytes: number;
}

const METHOD_NAME = /^[a-z]+\.[A-Za-z]+$/;

/**
 * VKScript for `execute`: `return [API.<method>(<params>), …];` — the documented form for results of unrelated
 * calls. Parameters are JSON (a subset of VKScript object literals).
 */
export function executeCode(calls: readonly ApiCall[]): string {
  const parts = calls.map((c) => {
    if (!METHOD_NAME.test(c.method)) throw new Error(`not an API method: ${c.method}`);
    return `API.${c.method}(${JSON.stringify(c.params)})`;
  });
  return `return [${parts.join(',')}];`;
}

/** Each call's result from an `execute` answer: its value, or its error from `execute_errors` (matched in order). */
export function splitExecute(
  answer: ApiAnswer,
  calls: readonly ApiCall[],
): ({ ok: true; value: unknown } | { ok: false; error: VkApiError })[] {
  const slots = Array.isArray(answer.response) ? answer.response : [];
  const errors = [...answer.executeErrors];
  return calls.map((call, i) => {
    const value: unknown = slots[i];
    if (i < slots.length && value !== false && value !== null && value !== undefined) return { ok: true, value };
    // a failed call returns false in its slot; its error is the next one listed for its method
    const at = errors.findIndex((e) => e.method === call.method);
    const error = at >= 0 ? errors.splice(at, 1)[0] : undefined;
    return { ok: false, error: error ?? new VkApiError(1, 'no result for the call', call.method) };
  });
}

export interface TransportOptions {
  key: string;
  fetch: ApiFetch;
  /** Hosts in order of preference (default VK_API_HOSTS); a host that does not answer is left for the next. */
  hosts?: readonly string[];
  timeoutMs?: number;
}

export interface ApiTransport {
  send(method: string, params: ApiParams, signal: AbortSignal): Promise<ApiAnswer>;
  /** The host that answered last (for the diagnostics). */
  readonly host: string;
}

/** Sends one request, trying the next host only when one does not answer at all. */
export function createTransport(options: TransportOptions): ApiTransport {
  const hosts = [...(options.hosts ?? VK_API_HOSTS)];
  const timeoutMs = options.timeoutMs ?? REQUEST_TIMEOUT_MS;
  let current = 0;

  const once = async (host: string, method: string, params: ApiParams, signal: AbortSignal): Promise<ApiAnswer> => {
    const body = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) body.set(k, String(v));
    body.set('v', VK_API_VERSION);
    body.set('access_token', options.key);
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), timeoutMs);
    const onAbort = () => timeout.abort();
    signal.addEventListener('abort', onAbort, { once: true });
    let text: string;
    try {
      const response = await options.fetch(`https://${host}/method/${method}`, {
        method: 'POST',
        body,
        credentials: 'omit',
        cache: 'no-store',
        referrerPolicy: 'no-referrer',
        signal: timeout.signal,
      });
      text = await response.text();
    } catch {
      // The runtime's message may quote the request; it is not kept.
      throw new VkNetworkError(signal.aborted ? 'aborted' : timeout.signal.aborted ? 'timeout' : 'no answer');
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new VkNetworkError('not JSON');
    }
    const envelope = EnvelopeSchema.safeParse(json);
    if (!envelope.success) throw new VkNetworkError('unexpected answer');
    const { error, response, execute_errors } = envelope.data;
    const message = (m: string | undefined) => maskKey(m ?? '', options.key).slice(0, 300);
    if (error) throw new VkApiError(error.error_code, message(error.error_msg), method);
    return {
      response,
      executeErrors: (execute_errors ?? []).map(
        (e) => new VkApiError(e.error_code, message(e.error_msg), e.method ?? 'execute'),
      ),
      bytes: text.length,
    };
  };

  return {
    get host() {
      return hosts[current] ?? '';
    },
    async send(method, params, signal) {
      for (let tried = 0; ; tried++) {
        const host = hosts[current] ?? hosts[0] ?? 'api.vk.ru';
        try {
          return await once(host, method, params, signal);
        } catch (error) {
          const unreachable = error instanceof VkNetworkError && error.message === 'no answer';
          if (!unreachable || signal.aborted || tried + 1 >= hosts.length) throw error;
          current = (current + 1) % hosts.length;
        }
      }
    },
  };
}
