/**
 * The fake VK API (tests/fakes/vk-api.ts) on a virtual clock for the unit tests: a fetch that answers
 * https://api.vk.{com,ru}/method/<m> from it, and a sleep that moves the clock. Posts are lean (no attachments) unless
 * the test asks for `lean: false`.
 */
import { type FakeApiOptions, type FakeGroup, FakeVkApi } from '../../fakes/vk-api';

export const KEY = 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9';
export const NOW = new Date('2026-11-26T09:00:00Z');

export interface SentRequest {
  at: number;
  url: string;
  method: string;
  body: string;
}

export class ApiWorld {
  t = 0;
  /** Virtual time a request takes. */
  requestMs = 40;
  readonly sent: SentRequest[] = [];
  readonly api: FakeVkApi;
  /** Hosts that do not answer (a network error). */
  readonly down = new Set<string>();
  /** Every request fails to connect. */
  offline = false;

  constructor(groups: readonly FakeGroup[], options: Partial<FakeApiOptions> = {}) {
    this.api = new FakeVkApi({
      clock: () => this.t,
      now: NOW.getTime(),
      keys: { [KEY]: { kind: 'service' } },
      groups,
      lean: true,
      ...options,
    });
  }

  clock = () => this.t;
  sleep = async (ms: number) => {
    this.t += Math.max(0, ms);
  };
  now = () => new Date(NOW.getTime() + this.t);

  fetch = async (url: string, init: RequestInit = {}): Promise<Response> => {
    const u = new URL(url);
    const body = init.body instanceof URLSearchParams ? init.body.toString() : String(init.body ?? '');
    this.sent.push({ at: this.t, url, method: u.pathname.replace('/method/', ''), body });
    if (this.offline || this.down.has(u.hostname)) throw new TypeError('Failed to fetch');
    this.t += this.requestMs;
    const text = this.api.handle(u.pathname.replace('/method/', ''), new URLSearchParams(body));
    // what the transport reads of a Response (undici's own text decoding would dominate the tests' time)
    return { status: 200, ok: true, text: async () => text } as Response;
  };
}
