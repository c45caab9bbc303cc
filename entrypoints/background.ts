import { defineBackground } from '#imports';

export default defineBackground(() => {
  // Wiring only; see lib/ext.
});
