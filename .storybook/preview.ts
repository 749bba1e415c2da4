import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { http } from 'msw';
import manifest from '../custom-elements.json';
import { sandboxMswHandlers } from '../src/sandbox/adapters/msw.js';
import '../src/define.js';

setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    // The sandbox API runs in the page behind MSW's service worker (started by each story's loader,
    // stories/support.ts): stories need no backend.
    msw: sandboxMswHandlers(http),
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
};
export default preview;
