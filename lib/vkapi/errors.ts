/**
 * VK API errors and what the API mode does with each (codes from VKCOM/vk-api-schema errors.json, 2025-01-21; the
 * table with sources is in docs/vk-api.md). Messages never carry the access key: VK's own `error_msg` is kept
 * only after the key is masked out of it, and `request_params` (VK echoes the request there) is never read.
 */
import type { FailureReason } from '../batch/state';

/** An error VK answered for one call (or for the whole request). */
export class VkApiError extends Error {
  override readonly name = 'VkApiError';
  constructor(
    readonly code: number,
    message: string,
    readonly method: string,
  ) {
    super(`VK API error ${code} in ${method}: ${message}`);
  }
}

/** The request never got an answer (offline, DNS, TLS, timeout, not JSON). */
export class VkNetworkError extends Error {
  override readonly name = 'VkNetworkError';
}

/** Why a whole API run stops (every group not yet finished stays in the queue). */
export type ApiStopReason = 'api-limit' | 'api-key' | 'api-network' | 'api-captcha';

/** Thrown to every waiting call when the run must stop; the runner pauses the run with `reason`. */
export class ApiRunStop extends Error {
  override readonly name = 'ApiRunStop';
  constructor(readonly reason: ApiStopReason) {
    super(`VK API run stopped: ${reason}`);
  }
}

export const ERROR = {
  UNKNOWN: 1,
  AUTH: 5,
  TOO_MANY: 6,
  FLOOD: 9,
  SERVER: 10,
  COMPILE: 12,
  RUNTIME: 13,
  CAPTCHA: 14,
  ACCESS: 15,
  DELETED: 18,
  GROUP_AUTH: 27,
  APP_AUTH: 28,
  RATE_LIMIT: 29,
  PRIVATE: 30,
  PARAM: 100,
  USER_ID: 113,
  GROUP_ID: 125,
  GROUP_ACCESS: 203,
} as const;

/** What to do about an error answered for a whole request. */
export type RequestErrorAction =
  /** error 6 / 9: wait and send the same calls again. */
  | { kind: 'back-off' }
  /** error 13 «response size is too big» (or an answer that timed out): send fewer calls at a time. */
  | { kind: 'split' }
  /** error 28 on `execute`: the key may not call execute; send the calls one by one. */
  | { kind: 'no-execute' }
  /** error 1 / 10: VK's own failure; try again a little later. */
  | { kind: 'retry' }
  | { kind: 'stop'; reason: ApiStopReason }
  /** Anything else: every call in the request fails with this error. */
  | { kind: 'fail' };

export function requestErrorAction(error: VkApiError): RequestErrorAction {
  switch (error.code) {
    case ERROR.TOO_MANY:
    case ERROR.FLOOD:
      return { kind: 'back-off' };
    case ERROR.RUNTIME:
      return /too big|size/i.test(error.message) ? { kind: 'split' } : { kind: 'fail' };
    case ERROR.APP_AUTH:
      return error.method === 'execute' ? { kind: 'no-execute' } : { kind: 'stop', reason: 'api-key' };
    case ERROR.UNKNOWN:
    case ERROR.SERVER:
      return { kind: 'retry' };
    case ERROR.AUTH:
    case ERROR.GROUP_AUTH:
      return { kind: 'stop', reason: 'api-key' };
    case ERROR.RATE_LIMIT:
      return { kind: 'stop', reason: 'api-limit' };
    case ERROR.CAPTCHA:
      return { kind: 'stop', reason: 'api-captcha' };
    default:
      return { kind: 'fail' };
  }
}

/** What one call's error means for its group (the page mode's per-group failures). */
export type GroupErrorMeaning =
  | { kind: 'failed'; reason: FailureReason }
  /** The wall is not open to the key (members only): the group is audited without its posts. */
  | { kind: 'wall-closed' };

export function groupErrorMeaning(error: VkApiError): GroupErrorMeaning {
  switch (error.code) {
    case ERROR.ACCESS:
    case ERROR.PRIVATE:
    case ERROR.GROUP_ACCESS:
      return { kind: 'wall-closed' };
    case ERROR.DELETED:
      return { kind: 'failed', reason: /banned|blocked|заблок/i.test(error.message) ? 'blocked' : 'deleted' };
    case ERROR.PARAM:
    case ERROR.USER_ID:
    case ERROR.GROUP_ID:
      return { kind: 'failed', reason: 'not-found' };
    case ERROR.UNKNOWN:
    case ERROR.SERVER:
      return { kind: 'failed', reason: 'network' };
    default:
      return { kind: 'failed', reason: 'error' };
  }
}

/** Replaces every occurrence of the key in a text that came from outside (an error message) with a mask. */
export function maskKey(text: string, key: string): string {
  return key.length >= 8 ? text.split(key).join('•••') : text;
}
