import { Alert, Badge, Button, Group, Loader, Modal, NativeSelect, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api';
import { formatDate, formatDateTime, formatTime, isoDay, isValidIsoDate } from '../../format';
import { ErrorAlert } from '../../routes/ErrorAlert';
import { can, type User } from '../auth/api';
import { useConnectionState } from '../auth/ConnectionStatus';
import { CertificatePanel } from '../dcc/CertificatePanel';
import { productName, usePublicProducts } from '../booking/api';
import {
  appointmentsKey,
  refreshMovedParts,
  useAppointments,
  useDaySummary,
  useStaffCenters,
  type AppointmentStatus,
  type DaySummary,
  type StaffAppointment,
  type VaccinationRecord,
} from './api';
import { CheckinBox } from './CheckinBox';
import { NameSearch } from './NameSearch';
import { VaccinationForm } from './VaccinationForm';
import { VaccinationRecordView } from './VaccinationRecordView';
import { ScrollTable } from '../../routes/ScrollTable';

const STATUS_COLOR: Record<AppointmentStatus, string> = {
  booked: 'gray.7',
  checked_in: 'blue.8',
  vaccinated: 'teal.9',
  cancelled: 'red.9',
};
const STATUSES: AppointmentStatus[] = ['booked', 'checked_in', 'vaccinated', 'cancelled'];

/**
 * Keeps the board live: the day's summary is polled every few seconds (and on focus); when an hour's
 * fingerprint moves (e.g. a check-in at another desk), only that hour's rows are fetched again.
 */
function useLiveBoard(centerId: string, date: string, enabled: boolean) {
  const qc = useQueryClient();
  const summary = useDaySummary(centerId, date, enabled);
  const seen = useRef<{ key: string; summary: DaySummary } | null>(null);
  const data = summary.data;
  useEffect(() => {
    if (!data) return;
    const key = `${centerId}|${date}`;
    const before = seen.current?.key === key ? seen.current.summary : null;
    if (before && before.version === data.version) return;
    if (!before) {
      // The rows may be a moment older than this first summary: if the counts disagree, fetch the day again.
      const rows = qc.getQueryData<StaffAppointment[]>(appointmentsKey(centerId, date));
      if (rows && STATUSES.some((s) => rows.filter((a) => a.status === s).length !== data.counts[s])) {
        void qc.invalidateQueries({ queryKey: appointmentsKey(centerId, date) });
      }
      seen.current = { key, summary: data };
      return;
    }
    // Remembered once the rows are in; if fetching them fails, the next poll tries again.
    refreshMovedParts(qc, centerId, date, before, data).then(
      () => (seen.current = { key, summary: data }),
      () => undefined,
    );
  }, [qc, centerId, date, data]);
}

export function DayBoard({ user }: { user: User }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const centers = useStaffCenters(true);
  const products = usePublicProducts();
  const [centerId, setCenterId] = useState(user.centerId ?? '');
  const [date, setDate] = useState(() => isoDay());
  // The appointment being documented stays set while the dialog closes, so the dialog keeps its name.
  const [documenting, setDocumenting] = useState<StaffAppointment | null>(null);
  const [dialogOpen, setDialogOpen] = useState(false);
  // The appointment whose record is shown; kept while the dialog closes, like `documenting`.
  const [viewing, setViewing] = useState<StaffAppointment | null>(null);
  const [recordOpen, setRecordOpen] = useState(false);
  // Confirmation of the last documentation or correction.
  const [result, setResult] = useState<{ kind: 'documented' | 'corrected'; record: VaccinationRecord } | null>(null);
  const [showCancelled, setShowCancelled] = useState(false);
  // The appointment whose certificate the desk hands out (staff who may not read the medical record).
  const [certificateOf, setCertificateOf] = useState<StaffAppointment | null>(null);
  const [certificateOpen, setCertificateOpen] = useState(false);

  // Preselect: the user's own center, otherwise the only one available.
  useEffect(() => {
    if (!centerId && centers.data?.length === 1) setCenterId(centers.data[0].id);
  }, [centerId, centers.data]);

  const dateValid = isValidIsoDate(date);
  const appointments = useAppointments(centerId, date, Boolean(centerId && dateValid));
  useLiveBoard(centerId, date, Boolean(centerId && dateValid));
  // Without a connection the rows are the last ones fetched: the board says as of when.
  const stale = useConnectionState() !== 'online' || appointments.isError;
  // Documenting a vaccination is a medical act: the server allows vaccinators only.
  const canDocument = can(user, 'onsite.document');
  const canCheckIn = can(user, 'onsite.checkin');
  // Need to know: the medical record is for the vaccinator (and the center's management), not the desk.
  const canViewRecord = can(user, 'onsite.record.read');
  // Certificates are printed or sent at check-out; re-issuing one is offered from the record.
  const canCertificate = can(user, 'certificates.manage');
  const fullName = (a: StaffAppointment) => `${a.person.givenName} ${a.person.familyName}`;

  const forbidden = centers.error instanceof ApiError && centers.error.status === 403;

  return (
    <Stack gap="md">
      <Title order={1}>{t('staff.boardTitle')}</Title>

      <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
        {forbidden ? (
          <Alert color="red" variant="outline" role="alert">
            {t('staff.forbidden')}
          </Alert>
        ) : centers.isError ? (
          <ErrorAlert error={centers.error} />
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              label={t('staff.center')}
              value={centerId}
              onChange={(e) => setCenterId(e.currentTarget.value)}
              data={[
                { value: '', label: centers.isPending ? t('app.loading') : t('staff.centerPlaceholder') },
                ...(centers.data ?? []).map((c) => ({ value: c.id, label: `${c.name} (${c.region})` })),
              ]}
            />
            <TextInput type="date" label={t('staff.date')} value={date} onChange={(e) => setDate(e.currentTarget.value)} />
          </SimpleGrid>
        )}
      </Paper>

      {centerId && canCheckIn && <CheckinBox centerId={centerId} />}
      {centerId && dateValid && <NameSearch key={`${centerId}|${date}`} centerId={centerId} date={date} canCheckIn={canCheckIn} />}

      {result && (
        <Alert
          color="green"
          variant="outline"
          role="status"
          data-testid={result.kind === 'corrected' ? 'correction-result' : 'vaccination-result'}
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setResult(null)}
        >
          <Text c="dark.8">
            {t(result.kind === 'corrected' ? 'staff.correctionSaved' : 'staff.vaccinationSaved', {
              product: productName(products.data, result.record.product),
              lot: result.record.lotNumber,
              dose: result.record.doseNumber,
              site: t(`staff.sites.${result.record.site}`),
              time: formatDateTime(result.record.administeredAt, lng),
            })}
          </Text>
        </Alert>
      )}

      {/* Check-out: the certificate of the vaccination just documented (or corrected: the old one is revoked), to print or send. */}
      {result && canCertificate && <CertificatePanel key={result.record.id} vaccinationId={result.record.id} />}

      <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby="appointments-heading">
        <Title order={2} size="h4" id="appointments-heading" mb="xs">
          {t('staff.appointments')}
          {dateValid ? ` – ${formatDate(date, lng)}` : ''}
        </Title>
        {!centerId ? (
          <Text>{t('staff.chooseCenter')}</Text>
        ) : appointments.isPending ? (
          <Loader size="sm" aria-label={t('app.loading')} />
        ) : appointments.isError && !appointments.data ? (
          <ErrorAlert error={appointments.error} />
        ) : appointments.data.length === 0 ? (
          <Text>{t('staff.noAppointments')}</Text>
        ) : (
          <Stack gap="xs">
            <Group component="ul" aria-label={t('console.board.countsLabel')} gap="xs" p={0} m={0} style={{ listStyle: 'none' }} data-testid="status-counts">
              {STATUSES.map((s) => (
                <li key={s}>
                  <Badge color={STATUS_COLOR[s]} variant="outline" size="lg" data-testid="status-count" data-status={s}>
                    {t('console.board.count', { status: t(`appointmentStatus.${s}`), count: appointments.data.filter((a) => a.status === s).length })}
                  </Badge>
                </li>
              ))}
            </Group>
            <Text size="sm" c="dark.6" data-testid="board-updated">
              {stale
                ? t('console.board.stale', { time: formatTime(new Date(appointments.dataUpdatedAt).toISOString(), lng) })
                : t('console.board.updatedAt', { time: formatTime(new Date(appointments.dataUpdatedAt).toISOString(), lng) })}
            </Text>
            {visibleRows(appointments.data, showCancelled).length === 0 ? (
              <Text>{t('console.board.onlyCancelled')}</Text>
            ) : (
              <ScrollTable minWidth={760} label={t('console.board.tableScroll')}>
                <Table striped highlightOnHover verticalSpacing="xs" data-testid="appointments-table">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('staff.col.time')}</Table.Th>
                      <Table.Th scope="col">{t('staff.col.code')}</Table.Th>
                      <Table.Th scope="col">{t('staff.col.name')}</Table.Th>
                      <Table.Th scope="col">{t('staff.col.birthDate')}</Table.Th>
                      <Table.Th scope="col">{t('staff.col.dose')}</Table.Th>
                      <Table.Th scope="col">{t('staff.col.product')}</Table.Th>
                      <Table.Th scope="col">{t('staff.col.status')}</Table.Th>
                      <Table.Th scope="col">{t('staff.col.actions')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {visibleRows(appointments.data, showCancelled)
                      .map((a) => (
                        <Table.Tr key={a.id} data-testid="appointment-row" data-booking-code={a.bookingCode}>
                          <Table.Td>{formatTime(a.start, lng)}</Table.Td>
                          <Table.Td ff="monospace">{a.bookingCode}</Table.Td>
                          <Table.Td>{fullName(a)}</Table.Td>
                          <Table.Td>{formatDate(a.person.birthDate, lng)}</Table.Td>
                          <Table.Td>{a.doseNumber}</Table.Td>
                          <Table.Td>{productName(products.data, a.product)}</Table.Td>
                          <Table.Td>
                            <Badge color={STATUS_COLOR[a.status]} variant="filled" data-testid="appointment-status">
                              {t(`appointmentStatus.${a.status}`)}
                            </Badge>
                          </Table.Td>
                          <Table.Td>
                            {canDocument && a.status === 'checked_in' && (
                              <Button
                                size="compact-sm"
                                onClick={() => {
                                  setResult(null);
                                  setDocumenting(a);
                                  setDialogOpen(true);
                                }}
                                aria-label={t('staff.documentFor', { name: fullName(a) })}
                              >
                                {t('staff.document')}
                              </Button>
                            )}
                            {canViewRecord && a.status === 'vaccinated' && a.vaccinationId && (
                              <Button
                                size="compact-sm"
                                variant="default"
                                onClick={() => {
                                  setResult(null);
                                  setViewing(a);
                                  setRecordOpen(true);
                                }}
                                aria-label={t('staff.viewRecordFor', { name: fullName(a) })}
                              >
                                {t('staff.viewRecord')}
                              </Button>
                            )}
                            {!canViewRecord && canCertificate && a.status === 'vaccinated' && a.vaccinationId && (
                              <Button
                                size="compact-sm"
                                variant="default"
                                onClick={() => {
                                  setResult(null);
                                  setCertificateOf(a);
                                  setCertificateOpen(true);
                                }}
                                aria-label={t('console.board.certificateButtonFor', { name: fullName(a) })}
                              >
                                {t('console.board.certificate')}
                              </Button>
                            )}
                          </Table.Td>
                        </Table.Tr>
                      ))}
                  </Table.Tbody>
                </Table>
              </ScrollTable>
            )}
            {appointments.data.some((a) => a.status === 'cancelled') && (
              <Group>
                <Button
                  variant="subtle"
                  size="compact-sm"
                  aria-expanded={showCancelled}
                  onClick={() => setShowCancelled((v) => !v)}
                  data-testid="toggle-cancelled"
                >
                  {showCancelled
                    ? t('console.board.hideCancelled')
                    : t('console.board.showCancelled', { count: appointments.data.filter((a) => a.status === 'cancelled').length })}
                </Button>
              </Group>
            )}
          </Stack>
        )}
      </Paper>

      <Modal
        opened={dialogOpen}
        onClose={() => setDialogOpen(false)}
        title={documenting ? t('staff.documentFor', { name: fullName(documenting) }) : ''}
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {documenting && dialogOpen && (
          <VaccinationForm
            key={documenting.id}
            appointment={documenting}
            products={products.data ?? []}
            onCancel={() => setDialogOpen(false)}
            onDone={(r) => {
              setDialogOpen(false);
              setResult({ kind: 'documented', record: r });
            }}
          />
        )}
      </Modal>

      <Modal
        opened={certificateOpen}
        onClose={() => setCertificateOpen(false)}
        title={certificateOf ? t('console.board.certificateFor', { name: fullName(certificateOf) }) : ''}
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {certificateOf?.vaccinationId && certificateOpen && <CertificatePanel key={certificateOf.vaccinationId} vaccinationId={certificateOf.vaccinationId} headingOrder={3} />}
      </Modal>

      <Modal
        opened={recordOpen}
        onClose={() => setRecordOpen(false)}
        title={viewing ? t('staff.recordFor', { name: fullName(viewing) }) : ''}
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {viewing?.vaccinationId && recordOpen && (
          <VaccinationRecordView
            key={viewing.vaccinationId}
            vaccinationId={viewing.vaccinationId}
            products={products.data ?? []}
            canCorrect={canDocument}
            canCertificate={canCertificate}
            onClose={() => setRecordOpen(false)}
            onCorrected={(r) => {
              setRecordOpen(false);
              setResult({ kind: 'corrected', record: r });
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}

/** The day's rows by time; cancelled ones only when asked for (they are no work for anyone). */
function visibleRows(rows: StaffAppointment[], showCancelled: boolean): StaffAppointment[] {
  return rows.filter((a) => showCancelled || a.status !== 'cancelled').sort((a, b) => a.start.localeCompare(b.start));
}
