/**
 * The priority claims a person can state (care home resident, teacher, …): the one list, taken from the
 * server's zod-free claims module so that the portal, the call-center console and the rules editor cannot drift
 * from what the API accepts. Labels are texts: `portal.claims.*` (first person, for citizens) and
 * `console.claims.*` (short, for staff); both are typed against `Claim`, so a new claim needs both labels.
 */
export { CLAIMS, type Claim } from '../../../src/kernel/claims';
