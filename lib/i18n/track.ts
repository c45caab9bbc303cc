/**
 * Texts of the tracking switch (components/planning/TrackToggle.tsx: the popup's lists panel, the lists page): a
 * module of its own, so the lists page's first load does not carry the reminder options' texts.
 */
import type { Dictionaries } from './index';

const ru = {
  'track.group': 'Следить за группой',
  'track.list': 'Следить за списком',
  'track.on': 'Отслеживается',
};

export type TrackKey = keyof typeof ru;

const en: Record<TrackKey, string> = {
  'track.group': 'Track this group',
  'track.list': 'Track this list',
  'track.on': 'Tracked',
};

export const trackDicts: Dictionaries<TrackKey> = { ru, en };
