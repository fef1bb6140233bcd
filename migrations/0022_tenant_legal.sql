-- Legal basics of a public portal, per organisation: imprint, privacy notice, accessibility statement (German
-- and English texts) and the hotline number shown in the portal's footer. Null fields fall back to the
-- built-in texts (src/modules/tenants/tenants.legal.ts), which name the organisation and say they are samples.
alter table tenant_settings add column legal jsonb not null default '{}'::jsonb;
