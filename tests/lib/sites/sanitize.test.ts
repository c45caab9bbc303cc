// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { PERSON_AVATAR, sanitizeDocument } from '../../../lib/sanitize';

const html = `<!doctype html><html><head><script>var vk = {"id":555111,"user_id":555111}; cur.oid = -123;</script></head>
<body>
<h1 class="page_name">Администрация района</h1>
<a href="/club123"><img src="https://sun9-1.userapi.com/community.jpg"></a>
<div class="reply"><a class="reply_image" href="/id555222"><img class="reply_img" src="https://sun9-2.userapi.com/person.jpg"></a>
<a class="author" href="/id555222" data-from-id="555222">Иван Петров</a><div class="reply_text">Мой телефон 89001234567</div></div>
<div class="wall_post_text">Спасибо [id555333|Марии Ивановой]</div>
<div class="PostContentContainer" data-exec='{"PostContentContainer/init":{"item":{"owner_id":-123,"from_id":-123,"signer_id":555444},"profiles":[{"id":555444,"first_name":"Анна","last_name":"Смирнова","photo_50":"https://sun9-3.userapi.com/a.jpg"}]}}'></div>
<input type="hidden" name="hash" value="abcdef123">
</body></html>`;

describe('sanitizeDocument', () => {
  const input = new DOMParser().parseFromString(html, 'text/html');
  const out = sanitizeDocument(input);
  const serialised = out.documentElement.outerHTML;

  it('removes names, ids and avatars of people', () => {
    for (const secret of [
      '555111',
      '555222',
      '555333',
      '555444',
      'Иван',
      'Петров',
      'Марии',
      'Анна',
      'Смирнова',
      'person.jpg',
      'a.jpg',
      '89001234567',
      'abcdef123',
    ]) {
      expect(serialised).not.toContain(secret);
    }
    expect(out.querySelector('.reply_img')?.getAttribute('src')).toBe(PERSON_AVATAR);
  });

  it('keeps the community and its ids', () => {
    expect(serialised).toContain('Администрация района');
    expect(serialised).toContain('/club123');
    expect(serialised).toContain('community.jpg');
    expect(out.querySelector('[data-exec]')?.getAttribute('data-exec')).toContain('"owner_id":-123');
  });

  it('maps each person consistently and leaves the input untouched', () => {
    const links = Array.from(out.querySelectorAll('a[href^="/id"]')).map((a) => a.getAttribute('href'));
    expect(new Set(links).size).toBe(1);
    expect(input.documentElement.outerHTML).toContain('Иван Петров');
  });
});
