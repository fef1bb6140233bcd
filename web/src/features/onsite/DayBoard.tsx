import { Alert, Badge, Button, Loader, Modal, NativeSelect, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api';
import { formatDate, formatDateTime, formatTime, isoDay, isValidIsoDate } from '../../format';
import { ErrorAlert } from '../../routes/ErrorAlert';
import { can, type User } from '../auth/api';
import { CertificatePanel } from '../dcc/CertificatePanel';
import { productName, usePublicProducts } from '../booking/api';
import { useAppointments, useStaffCenters, type AppointmentStatus, type StaffAppointment, type VaccinationRecord } from './api';
import { CheckinBox } from './CheckinBox';
import { VaccinationForm } from './VaccinationForm';
import { VaccinationRecordView } from './VaccinationRecordView';

const STATUS_COLOR: Record<AppointmentStatus, string> = {
  booked: 'gray.7',
  checked_in: 'blue.8',
  vaccinated: 'teal.9',
  cancelled: 'red.9',
};

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

  // Preselect: the user's own center, otherwise the only one available.
  useEffect(() => {
    if (!centerId && centers.data?.length === 1) setCenterId(centers.data[0].id);
  }, [centerId, centers.data]);

  const dateValid = isValidIsoDate(date);
  const appointments = useAppointments(centerId, date, Boolean(centerId && dateValid));
  // Documenting a vaccination is a medical act: the server allows vaccinators only.
  const canDocument = can(user, 'onsite.document');
  const canViewRecord = can(user, 'onsite.record.read');
  // Certificates are printed or sent at check-out; re-issuing one is offered from the record.
  const canCertificate = canViewRecord;
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

      {centerId && <CheckinBox centerId={centerId} />}

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
        ) : appointments.isError ? (
          <ErrorAlert error={appointments.error} />
        ) : appointments.data.length === 0 ? (
          <Text>{t('staff.noAppointments')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={760}>
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
                {[...appointments.data]
                  .sort((a, b) => a.start.localeCompare(b.start))
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
                      </Table.Td>
                    </Table.Tr>
                  ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
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
