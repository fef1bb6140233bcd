import { createTheme, type CSSVariablesResolver } from '@mantine/core';

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

/**
 * Field error texts and borders use --mantine-color-error, by default red.6 (#fa5252), which fails
 * WCAG AA contrast on white (3.3:1). red.9 passes (about 5.6:1). Input descriptions and other dimmed
 * text use --mantine-color-dimmed, by default gray.6 (#868e96, 3.3:1); gray.7 passes (about 5.7:1).
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-error': 'var(--mantine-color-red-9)', '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' },
  dark: {},
});
