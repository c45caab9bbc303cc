/**
 * The fake VK API (tests/fakes/vk-api.ts) on the loopback HTTPS fixture server, for api.vk.com and api.vk.ru (the
 * browser maps both to it: tests/e2e/harness.ts). Reads the POST form (or the query) and answers JSON.
 */
import type { IncomingMessage } from 'node:http';
import { VK_API_HOSTS } from '../../lib/vkapi/limits';
import type { FakeVkApi } from '../fakes/vk-api';
import type { FixtureServer } from './server';

const METHODS = ['execute', 'groups.getById', 'wall.get', 'users.get'];

function bodyOf(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function serveFakeVkApi(server: FixtureServer, api: FakeVkApi): void {
  for (const host of VK_API_HOSTS) {
    for (const method of METHODS) {
      server.route(host, `/method/${method}`, async (req, url) => {
        const form = new URLSearchParams(req.method === 'POST' ? await bodyOf(req) : url.search);
        return { body: api.handle(method, form), contentType: 'application/json; charset=utf-8' };
      });
    }
  }
}
