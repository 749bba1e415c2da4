import { defineConfig } from 'vite';

// Storybook's own Vite config (the project's vite.config.ts serves the demo page).
export default defineConfig({
  optimizeDeps: { include: ['lit', 'lit/decorators.js', 'lit/directive-helpers.js', 'lit/directives/live.js'] },
});
