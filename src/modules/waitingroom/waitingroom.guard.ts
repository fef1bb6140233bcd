import type { FastifyReply, FastifyRequest, onRequestHookHandler } from 'fastify';
import type { Deps } from '../../context.js';
import { Problem } from '../../errors.js';
import { tenantBySlug } from '../tenants/tenants.service.js';
import { autoSwitch, guardState } from './waitingroom.service.js';
import { verifyAdmission } from './waitingroom.tokens.js';

export const ADMISSION_HEADER = 'x-vaxops-admission';

/**
 * Public writes per second, counted in this process. Auto mode multiplies it by the number of worker
 * processes sharing the port (the kernel spreads connections evenly), so no database write is needed
 * per request: the measurement is per process, the decision (auto_active) is stored for all of them.
 */
export class LoadMeter {
  private second = -1;
  private current = 0;
  private previous = 0;

  hit(nowMs: number) {
    this.roll(nowMs);
    this.current++;
  }

  /** Requests per second: the last full second, or the current one if it is already busier. */
  rate(nowMs: number) {
    this.roll(nowMs);
    return Math.max(this.previous, this.current);
  }

  private roll(nowMs: number) {
    const s = Math.floor(nowMs / 1000);
    if (s === this.second) return;
    this.previous = s === this.second + 1 ? this.current : 0;
    this.current = 0;
    this.second = s;
  }
}

function meterFor(deps: Deps, tenantId: string) {
  const byTenant = (deps.state.waitingRoomMeters ??= new Map());
  let m = byTenant.get(tenantId);
  if (!m) byTenant.set(tenantId, (m = new LoadMeter()));
  return m;
}

export const waitingRoomProblem = () =>
  new Problem(
    503,
    'Waiting room',
    `Many people are booking right now. Take a ticket (POST /api/v1/public/waiting-room/tickets) and send its admission token in the ${ADMISSION_HEADER} header.`,
    undefined,
    'waiting-room',
    {
      de: 'Gerade buchen sehr viele Menschen. Sie kommen im Warteraum der Reihe nach dran.',
      en: 'Many people are booking right now. You will be let in from the waiting room in turn.',
    },
  );

/** onRequest hooks that admit public writes only with a valid admission token while the waiting room is on. */
export function waitingRoomGuards(deps: Deps): onRequestHookHandler[] {
  const guard = async (request: FastifyRequest, reply: FastifyReply) => {
    const header = request.headers['x-vaxops-tenant'];
    const tenant = await tenantBySlug(deps, typeof header === 'string' && header ? header : deps.config.defaultTenant);
    const nowMs = deps.clock.now().getTime();
    const meter = meterFor(deps, tenant.id);
    meter.hit(nowMs);
    let state = await guardState(deps, tenant.id);
    if ((state.row?.mode ?? deps.config.waitingRoom.mode) === 'auto') {
      // A switch refreshes this process's copy of the state, so the second read is from memory.
      await autoSwitch(deps, tenant.id, meter.rate(nowMs) * deps.config.workers, state.row);
      state = await guardState(deps, tenant.id);
    }
    if (!state.active) return;
    const token = request.headers[ADMISSION_HEADER];
    if (typeof token === 'string' && verifyAdmission(deps, tenant.id, token, deps.clock.now())) return;
    const waitingCount = state.row ? state.row.issued - state.row.admitted : 0;
    const retry = Math.min(3600, Math.max(1, Math.ceil(((waitingCount + 1) * 60) / deps.config.waitingRoom.admissionsPerMinute)));
    reply.header('retry-after', String(retry));
    throw waitingRoomProblem();
  };
  return [guard];
}
