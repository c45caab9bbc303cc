import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { type PingResult, PingResultSchema, sendMessage } from '../../lib/ext/messaging';

async function targetTabId(): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export function App() {
  const [state, setState] = useState<{ kind: 'loading' } | { kind: 'ready'; page: PingResult } | { kind: 'none' }>({
    kind: 'loading',
  });
  useEffect(() => {
    (async () => {
      const tabId = await targetTabId();
      if (tabId === null) return setState({ kind: 'none' });
      try {
        const page = PingResultSchema.parse(await sendMessage('ping', undefined, tabId));
        setState({ kind: 'ready', page });
      } catch {
        setState({ kind: 'none' });
      }
    })();
  }, []);
  if (state.kind === 'loading') return <p>Читаю страницу…</p>;
  if (state.kind === 'none')
    return <p data-testid="not-community">Откройте страницу сообщества ВКонтакте или группы в Одноклассниках.</p>;
  return (
    <p data-testid="page-site" data-site={state.page.site ?? ''}>
      {state.page.title}
    </p>
  );
}
