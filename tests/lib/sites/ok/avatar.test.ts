import { describe, expect, it } from 'vitest';
import { avatarPresence } from '../../../../lib/sites/ok/fields/avatar';

const base = 'https://ok.ru/group/1';

describe('OK avatar URL → presence (only the attested stub is missing)', () => {
  it.each([
    ['https://i.mycdn.me/res/stub_128x128.gif', 'missing'],
    ['https://i500.mycdn.me/res/stub_50x50.gif', 'missing'],
    ['//usd1.mycdn.me/res/stub_128x96.gif', 'missing'],
    ['/res/stub_200x200.gif', 'missing'],
    ['https://st.mycdn.me/res/i/ic/placeholders/group-create.png', 'unknown'],
    ['https://st.okcdn.ru/res/i/ok_logo.png', 'unknown'],
    ['https://i.mycdn.me/i?r=AzEPZsRbOZEKgBhR0XGMT1Rk', 'present'],
    ['https://i.mycdn.me/getImage?photoId=900000000001&type=2', 'present'],
    ['data:image/gif;base64,R0lGODlhAQABAAAAACw=', 'unknown'],
    ['', 'unknown'],
    ['javascript:alert(1)', 'unknown'],
  ])('%s → %s', (src, presence) => {
    expect(avatarPresence(src, base)).toBe(presence);
  });

  it('says unknown when there is no image at all', () => {
    expect(avatarPresence(null, base)).toBe('unknown');
  });
});
