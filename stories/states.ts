/** The states every list widget has a story for (design.md), as sandbox faults and options. */
import { badToken, type StoryOptions } from './support.js';

export const STATES: Record<string, StoryOptions> = {
  Default: {},
  Loading: { faults: { latency: 600_000 } },
  SlowNetwork: { faults: { latency: 1500 } },
  Error: { faults: { status: 500 } },
  Unauthorized: { provider: badToken },
  PartialData: { faults: { body: 'partial' } },
  DarkTheme: { theme: 'dark' },
  German: { lang: 'de-DE' },
};
