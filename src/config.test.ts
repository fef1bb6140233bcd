import { describe, expect, it } from 'vitest';
import { ConfigError, demoAccountsLive, demoSignInsAllowed, loadConfig } from './config.js';

describe('configuration', () => {
  it('the embedded try-out starts open: demo data, no proof of work, no rate limits, no waiting room', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ demo: true, port: 8080, captcha: { enabled: false }, rateLimits: false, waitingRoom: { mode: 'off' }, trustProxy: false });
  });

  it('with PostgreSQL the peak-day defences are on unless switched off', () => {
    const c = loadConfig({ DATABASE_URL: 'postgres://db/vaxops' });
    expect(c).toMatchObject({ demo: false, captcha: { enabled: true }, rateLimits: true, waitingRoom: { mode: 'auto' } });
    const off = loadConfig({ DATABASE_URL: 'postgres://db/vaxops', VAXOPS_CAPTCHA: 'off', VAXOPS_RATE_LIMIT: 'off', VAXOPS_WAITING_ROOM: 'off' });
    expect(off).toMatchObject({ captcha: { enabled: false }, rateLimits: false, waitingRoom: { mode: 'off' } });
  });

  it('refuses bad values with the variable named, and treats empty variables as unset', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ VAXOPS_MASTER_KEY: 'short' })).toThrow(/VAXOPS_MASTER_KEY/);
    expect(() => loadConfig({ VAXOPS_WORKERS: '2' })).toThrow(/needs PostgreSQL/);
    expect(loadConfig({ DATABASE_URL: '' }).databaseUrl).toBeUndefined();
  });

  it('staff sessions die after 30 idle minutes unless VAXOPS_SESSION_IDLE_MINUTES says otherwise', () => {
    expect(loadConfig({}).sessionIdleMinutes).toBe(30);
    expect(loadConfig({ VAXOPS_SESSION_IDLE_MINUTES: '15' }).sessionIdleMinutes).toBe(15);
    expect(() => loadConfig({ VAXOPS_SESSION_IDLE_MINUTES: '0' })).toThrow(/VAXOPS_SESSION_IDLE_MINUTES/);
  });

  it('demo sign-ins (a published password) work embedded, and on PostgreSQL only in demo mode, which warns', () => {
    expect(demoSignInsAllowed(loadConfig({}))).toBe(true);
    expect(demoAccountsLive(loadConfig({}))).toBe(false);
    expect(demoSignInsAllowed(loadConfig({ DATABASE_URL: 'postgres://db/vaxops' }))).toBe(false);
    expect(demoAccountsLive(loadConfig({ DATABASE_URL: 'postgres://db/vaxops' }))).toBe(false);
    expect(demoSignInsAllowed(loadConfig({ DATABASE_URL: 'postgres://db/vaxops', VAXOPS_DEMO: '1' }))).toBe(true);
    expect(demoAccountsLive(loadConfig({ DATABASE_URL: 'postgres://db/vaxops', VAXOPS_DEMO: '1' }))).toBe(true);
  });

  it('citizen verification is on with both databases unless switched off; the demo mailbox is never on in production', () => {
    expect(loadConfig({}).citizenVerification).toBe(true);
    expect(loadConfig({ DATABASE_URL: 'postgres://db/vaxops' }).citizenVerification).toBe(true);
    expect(loadConfig({ VAXOPS_CITIZEN_VERIFICATION: 'off' }).citizenVerification).toBe(false);
    expect(loadConfig({}).demoMailbox).toBe(true);
    expect(loadConfig({ DATABASE_URL: 'postgres://db/vaxops', VAXOPS_DEMO: '1' }).demoMailbox).toBe(true);
    expect(loadConfig({ DATABASE_URL: 'postgres://db/vaxops' }).demoMailbox).toBe(false);
    expect(() => loadConfig({ DATABASE_URL: 'postgres://db/vaxops', VAXOPS_DEMO_MAILBOX: 'on' })).toThrow(/never in production/);
    expect(loadConfig({ VAXOPS_DEMO_MAILBOX: 'off' }).demoMailbox).toBe(false);
  });
});
