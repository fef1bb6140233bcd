import type { ColumnType, Generated } from 'kysely';

type Ts = ColumnType<Date, Date | string | undefined, Date | string>;
type Bytes = Buffer | Uint8Array;

export interface TenantTable {
  id: Generated<string>;
  tenant_id: ColumnType<string, never, never>;
  slug: string;
  name: string;
  timezone: Generated<string>;
  wrapped_key: Bytes;
  created_at: Generated<Date>;
}
export interface RegionTable {
  id: Generated<string>;
  tenant_id: string;
  name: string;
}
export interface CenterTable {
  id: Generated<string>;
  tenant_id: string;
  region_id: string;
  name: string;
  address: string;
  postal_code: string;
  city: string;
  opening_hours: ColumnType<unknown, string, string>;
  active: Generated<boolean>;
}
export interface LaneTable {
  id: Generated<string>;
  tenant_id: string;
  center_id: string;
  name: string;
  product_id: string;
}
export interface ProductTable {
  tenant_id: string;
  id: string;
  name: string;
  manufacturer: string;
  doses: number;
  min_interval_days: number | null;
  max_interval_days: number | null;
  doses_per_vial: number;
  dcc_mp: string;
  dcc_ma: string;
  dcc_vp: string;
}
export interface SlotTable {
  id: Generated<string>;
  tenant_id: string;
  center_id: string;
  lane_id: string | null;
  product_id: string;
  starts_at: Ts;
  ends_at: Ts;
  capacity: number;
  booked: Generated<number>;
}
export interface PersonTable {
  id: Generated<string>;
  tenant_id: string;
  given_name: Bytes;
  family_name: Bytes;
  birth_date: Bytes;
  postal_code: Bytes;
  email: Bytes | null;
  phone: Bytes | null;
  identity_hash: Bytes;
  birth_hash: Bytes;
  created_at: Generated<Date>;
  registered_at: Generated<Date>;
  street: Bytes | null;
  city: Bytes | null;
  birth_year: number | null;
  language: Generated<'de' | 'en'>;
  // Claims encrypted, plus a keyed hash per claim for SQL (migration 0016); the old clear `claims` is left out.
  claims_box: Bytes | null;
  claim_hashes: Generated<Bytes[]>;
  email_hash: Bytes | null;
  phone_hash: Bytes | null;
  email_confirmed_at: Date | null;
  merged_into: string | null;
  register_entry_id: string | null;
  source: Generated<'portal' | 'call_center' | 'booking_api'>;
  /** Keyed hash of the verified contact that made the record; empty for staff, verification off, older records. */
  owner_hash: Generated<Bytes>;
  /** Made under a contact while the same identity exists under another: for staff to merge. */
  possible_duplicate: Generated<boolean>;
}
export interface BookingTable {
  id: Generated<string>;
  tenant_id: string;
  person_id: string;
  product_id: string;
  status: Generated<'active' | 'cancelled'>;
  created_at: Generated<Date>;
  cancelled_at: Date | null;
  // Codes as keyed hashes, the booking code also encrypted (migration 0016); the clear-text columns `code`
  // and `security_code` are left out on purpose: emptied at start (tenants.at-rest.ts), dropped later.
  code_hash: Bytes | null;
  code_box: Bytes | null;
  security_hash: Bytes | null;
  /** The language the booking was made in (migration 0019); null for older bookings: the person's. */
  language: 'de' | 'en' | null;
}
export interface AppointmentTable {
  id: Generated<string>;
  tenant_id: string;
  booking_id: string;
  slot_id: string;
  center_id: string;
  product_id: string;
  dose_number: number;
  starts_at: Ts;
  ends_at: Ts;
  status: Generated<'booked' | 'checked_in' | 'vaccinated' | 'cancelled'>;
  checked_in_at: Date | null;
  checked_in_by: string | null;
  reminder_sent_at: Date | null;
  /** Why no reminder was sent (migration 0019): e.g. a letter could not arrive in time. */
  reminder_skipped: string | null;
}
export interface StaffUserTable {
  id: Generated<string>;
  tenant_id: string;
  email: string;
  display_name: string;
  role: string;
  center_id: string | null;
  password_hash: string;
  active: Generated<boolean>;
}
export interface SessionTable {
  id: Generated<string>;
  tenant_id: string;
  user_id: string;
  token_hash: Bytes;
  csrf_token: string;
  created_at: Generated<Date>;
  expires_at: Ts;
  revoked_at: Date | null;
  /** Moved on by app_session_user at most once a minute; a session unused for the idle time is dead. */
  last_seen_at: Ts;
}
export interface VaccinationTable {
  id: Generated<string>;
  tenant_id: string;
  person_id: string;
  appointment_id: string | null;
  center_id: string;
  product_id: string;
  lot_number: string;
  dose_number: number;
  site: string;
  vaccinator_id: string;
  administered_at: Ts;
  recorded_at: Generated<Date>;
  supersedes_id: string | null;
  /** Clear text in records made before migration 0016; new records have the encrypted *_box. */
  correction_reason: string | null;
  security_override_reason: string | null;
  deviation_reason_box: Bytes | null;
  correction_reason_box: Bytes | null;
  security_override_reason_box: Bytes | null;
}
export interface AuditTable {
  id: Generated<string>;
  tenant_id: string;
  at: Ts;
  actor_type: 'staff' | 'citizen' | 'system';
  actor_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string | null;
  person_id: string | null;
  route: string | null;
  request_id: string | null;
  note: Generated<string | null>;
}

export interface TenantSettingsTable {
  tenant_id: string;
  require_register_match: Generated<boolean>;
  invitation_valid_hours: Generated<number>;
  /** Imprint, privacy notice, accessibility statement and hotline (tenants.legal.ts); {} = the built-in texts. */
  legal: ColumnType<unknown, string | undefined, string>;
  /** Working days a printed letter takes to arrive (migration 0019). */
  letter_delivery_days: Generated<number>;
}
export interface EmailConfirmationTable {
  id: Generated<string>;
  tenant_id: string;
  person_id: string;
  token_hash: Bytes;
  created_at: Generated<Date>;
  expires_at: Ts;
  confirmed_at: Date | null;
}
export interface RegisterEntryTable {
  id: Generated<string>;
  tenant_id: string;
  external_id: string;
  match_hash: Bytes;
  given_name: Bytes;
  family_name: Bytes;
  birth_date: Bytes;
  postal_code: Bytes;
  address: Bytes | null;
  imported_at: Generated<Date>;
}
export interface RuleSetTable {
  id: Generated<string>;
  tenant_id: string;
  version: number;
  status: Generated<'draft' | 'published'>;
  effective_from: Ts;
  definition: ColumnType<unknown, string, string>;
  note: string | null;
  created_by: string | null;
  created_at: Generated<Date>;
  published_by: string | null;
  published_at: Date | null;
  publish_reason: string | null;
}
export interface DosePlanTable {
  tenant_id: string;
  center_id: string;
  day: ColumnType<string, string, string>;
  product_id: string;
  doses: number;
  booked: Generated<number>;
  updated_by: string | null;
  updated_at: Generated<Date>;
}
export interface InvitationWaveTable {
  id: Generated<string>;
  tenant_id: string;
  created_at: Generated<Date>;
  created_by: string | null;
  size: number;
}
export interface InvitationTable {
  id: Generated<string>;
  tenant_id: string;
  person_id: string;
  wave_id: string | null;
  token_hash: Bytes;
  created_at: Generated<Date>;
  expires_at: Ts;
  status: Generated<'open' | 'accepted' | 'declined' | 'expired'>;
  responded_at: Date | null;
}
export interface OutboxTable {
  id: Generated<string>;
  tenant_id: string;
  channel: 'email' | 'sms' | 'letter';
  template: string;
  language: Generated<'de' | 'en'>;
  person_id: string | null;
  payload: Bytes;
  status: Generated<'pending' | 'sent' | 'dead' | 'withdrawn'>;
  attempts: Generated<number>;
  next_attempt_at: Generated<Date>;
  last_error: string | null;
  created_at: Generated<Date>;
  sent_at: Date | null;
  print_batch_id: string | null;
}
export interface PrintBatchTable {
  id: Generated<string>;
  tenant_id: string;
  day: ColumnType<string, string, string>;
  created_at: Generated<Date>;
  letter_count: number;
  pdf: Bytes;
}
export interface ApiKeyTable {
  id: Generated<string>;
  tenant_id: string;
  name: string;
  key_hash: Bytes;
  scopes: string[];
  created_at: Generated<Date>;
  revoked_at: Date | null;
}

/** Bot defence: spent proof-of-work solutions (replay protection). */
export interface AltchaSpentTable {
  signature: string;
  tenant_id: string;
  expires_at: Ts;
}
/** Bot defence: failed booking-code look-ups per keyed hash of code or client address. */
export interface LookupFailureTable {
  tenant_id: string;
  key_hash: Bytes;
  failures: Generated<number>;
  last_failure_at: Ts;
  locked_until: Ts | null;
}

/** A code sent to a contact (citizen verification). */
export interface CitizenVerificationTable {
  id: Generated<string>;
  tenant_id: string;
  channel: 'email' | 'sms';
  contact_hash: Bytes;
  contact: Bytes;
  code_hash: Bytes;
  language: Generated<'de' | 'en'>;
  attempts: Generated<number>;
  sent: boolean;
  created_at: Ts;
  expires_at: Ts;
  verified_at: Date | null;
}
/** A citizen's session after a verified code. */
export interface CitizenSessionTable {
  id: Generated<string>;
  tenant_id: string;
  token_hash: Bytes;
  verification_id: string;
  channel: 'email' | 'sms';
  contact_hash: Bytes;
  contact: Bytes;
  created_at: Ts;
  last_seen_at: Ts;
  expires_at: Ts;
  revoked_at: Date | null;
}

/** The schema as Kysely sees it; kept in step with migrations/. */
export interface WaitingRoomStateTable {
  tenant_id: string;
  mode: 'on' | 'off' | 'auto' | null;
  mode_changed_at: Date | null;
  auto_active: Generated<boolean>;
  auto_changed_at: Generated<Date>;
  active: Generated<boolean>;
  active_since: Generated<Date>;
  issued: Generated<number>;
  admitted: Generated<number>;
  rate_epoch: Generated<Date>;
  rate_count: Generated<number>;
}
export interface WaitingRoomTicketTable {
  tenant_id: string;
  seq: number;
  joined_at: Date;
  admitted_at: Date | null;
}
/** EU Digital COVID Certificates: country signing CAs (generated ones keep their encrypted private key). */
export interface DccCscaTable {
  id: Generated<string>;
  tenant_id: string;
  subject: string;
  certificate: Bytes;
  private_key: Bytes | null;
  not_before: Ts;
  not_after: Ts;
  created_at: Generated<Date>;
}
/** Document signer certificates with their private keys (encrypted with the tenant key). */
export interface DccSigningKeyTable {
  id: Generated<string>;
  tenant_id: string;
  kid: string;
  country: string;
  alg: 'ES256' | 'PS256';
  subject: string;
  certificate: Bytes;
  private_key: Bytes;
  csca_id: string | null;
  not_before: Ts;
  not_after: Ts;
  source: 'generated' | 'imported';
  active: Generated<boolean>;
  created_at: Generated<Date>;
  deactivated_at: Date | null;
}
/** Certificates issued for vaccination records (HC1 encrypted). */
export interface DccCertificateTable {
  id: Generated<string>;
  tenant_id: string;
  vaccination_id: string;
  person_id: string;
  signing_key_id: string;
  uvci: string;
  uci_hash: Bytes;
  product_id: string;
  dose_number: number;
  series_doses: number;
  vaccinated_on: ColumnType<string, string, string>;
  issued_at: Ts;
  expires_at: Ts;
  hc1: Bytes;
  status: Generated<'current' | 'superseded' | 'revoked'>;
  superseded_at: Date | null;
  revoked_at: Date | null;
}
export interface DB {
  tenants: TenantTable;
  regions: RegionTable;
  centers: CenterTable;
  lanes: LaneTable;
  products: ProductTable;
  slots: SlotTable;
  persons: PersonTable;
  bookings: BookingTable;
  appointments: AppointmentTable;
  staff_users: StaffUserTable;
  sessions: SessionTable;
  vaccinations: VaccinationTable;
  audit_log: AuditTable;
  tenant_settings: TenantSettingsTable;
  waiting_room_state: WaitingRoomStateTable;
  waiting_room_tickets: WaitingRoomTicketTable;
  email_confirmations: EmailConfirmationTable;
  register_entries: RegisterEntryTable;
  rule_sets: RuleSetTable;
  dose_plans: DosePlanTable;
  invitation_waves: InvitationWaveTable;
  invitations: InvitationTable;
  outbox: OutboxTable;
  print_batches: PrintBatchTable;
  api_keys: ApiKeyTable;
  altcha_spent: AltchaSpentTable;
  lookup_failures: LookupFailureTable;
  citizen_verifications: CitizenVerificationTable;
  citizen_sessions: CitizenSessionTable;
  dcc_cscas: DccCscaTable;
  dcc_signing_keys: DccSigningKeyTable;
  dcc_certificates: DccCertificateTable;
}
