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
  components: {
    // A dialog's header is a <header> element: outside <main> that is a second banner landmark beside the
    // page's own (axe: landmark-no-duplicate-banner). A plain box says the same without the landmark.
    ModalHeader: { defaultProps: { component: 'div' } },
    DrawerHeader: { defaultProps: { component: 'div' } },
    // A table wider than a phone scrolls in its container: the scrolling box must be reachable by keyboard
    // (axe: scrollable-region-focusable). ScrollTable (routes/ScrollTable.tsx) also names it; this is the net.
    TableScrollContainer: { defaultProps: { type: 'native', tabIndex: 0 } },
  },
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
