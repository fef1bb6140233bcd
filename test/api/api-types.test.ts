import fs from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { API_TYPES_FILE, apiTypes } from '../../scripts/gen-api.js';

describe('the web app’s API types', () => {
  it('are the ones the routes describe now (else: run npm run gen:api)', async () => {
    const checkedIn = await fs.readFile(API_TYPES_FILE, 'utf8').catch(() => '');
    const fresh = await apiTypes();
    // A bare equality: a diff of 8,000 lines would drown the hint.
    expect(checkedIn === fresh, `${API_TYPES_FILE} is stale: run npm run gen:api`).toBe(true);
  });

  it('cover every documented route, with its problem documents', async () => {
    const types = await apiTypes();
    expect(types).toContain('"/api/v1/public/bookings": {');
    expect(types).toContain('"/api/v1/staff/vaccinations/{id}/corrections": {');
    expect(types).toMatch(/code: "required" \| "invalid-type"/);
  });
});
