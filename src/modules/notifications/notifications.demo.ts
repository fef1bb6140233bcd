import type { Deps, RequestCtx } from '../../context.js';
import { maskContact } from '../citizens/citizens.session.js';
import * as repo from './notifications.repo.js';
import { decryptPayload, renderStored } from './notifications.service.js';
import { renderEmail, renderSms } from './notifications.templates.js';

const MAILBOX_SIZE = 50;

/**
 * The demo mailbox: what the outbox sent (or holds) for the tenant, decrypted and rendered, newest first, so
 * that the embedded try-out without SMTP or an SMS gateway still shows people their codes and confirmations.
 * Only where config.demoMailbox is on (embedded or demo mode; never production): the route is not there
 * otherwise. Recipients are masked, the texts are not.
 */
export async function demoMailbox(deps: Deps, ctx: RequestCtx) {
  const now = deps.clock.now();
  const rows = await deps.db.withTenant(ctx.tenant.id, (trx) => repo.latestMessages(trx, MAILBOX_SIZE));
  return rows.map((r) => {
    const payload = decryptPayload(ctx.tenant, r.payload);
    const doc = renderStored(deps, ctx.tenant, r.template, r.language, payload, now);
    const to = r.channel === 'email' ? maskContact('email', payload.to.email ?? '') : r.channel === 'sms' ? maskContact('sms', payload.to.phone ?? '') : (payload.to.postalCode ?? '');
    return {
      id: r.id,
      channel: r.channel,
      to,
      subject: doc.subject,
      text: r.channel === 'sms' ? renderSms(doc) : renderEmail(doc, r.language).text,
      status: r.status,
      createdAt: new Date(r.created_at).toISOString(),
    };
  });
}
