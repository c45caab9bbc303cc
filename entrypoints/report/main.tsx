import { render } from 'preact';
import { pickLocale } from '../../lib/i18n/index';
import { App } from './App';

const root = document.getElementById('app');
if (root) render(<App locale={pickLocale(navigator.language)} params={new URLSearchParams(location.search)} />, root);
