import { createTheme } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'blue',
  // Shade 6 fails WCAG AA colour contrast with white text; 8 passes.
  primaryShade: 8,
  focusRing: 'auto',
  // Honour the user's "reduce motion" setting (also makes transitions instant in browser tests).
  respectReducedMotion: true,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  defaultRadius: 'sm',
});
