import { Alert, Anchor, Badge, Button, Group, List, Loader, Modal, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import { formatDate, formatDateTime } from '../../format';
import { ErrorAlert } from '../../routes/ErrorAlert';
import { productName, usePublicProducts } from '../booking/api';
import { cancelAgentBooking, personKey, sendLetter, usePerson, type AgentAppointment, type AgentBooking, type Decision, type PersonDetails, type RegistrationResult } from './api';
import { BookingPanel, type BookedResult } from './BookingPanel';
import { MoveDialog } from './MoveDialog';

type Notice = { kind: 'success' | 'error'; text: ReactNode; testId: string };

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div>
      <Text size="sm" fw={700} component="dt">
        {label}
      </Text>
      <Text component="dd" m={0} data-testid={testId}>
        {children}
      </Text>
    </div>
  );
}

function Eligibility({ decision }: { decision: Decision | null }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language as 'de' | 'en';
  const products = usePublicProducts();
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby="eligibility-heading" data-testid="eligibility">
      <Title order={3} size="h4" id="eligibility-heading" mb="xs">
        {t('console.agent.eligibilityTitle')}
      </Title>
      {!decision ? (
        <Text>{t('console.agent.noRules')}</Text>
      ) : (
        <Stack gap="xs">
          <Group gap="xs">
            <Badge color={decision.eligible ? 'teal.9' : 'red.9'} variant="filled" data-testid="eligibility-status">
              {decision.eligible ? t('console.agent.eligible') : t('console.agent.notEligible')}
            </Badge>
            {decision.group && (
              <Text size="sm">
                {decision.group.label[lng]}
                {decision.group.opensAt ? ` – ${t('console.agent.opensAt', { when: formatDateTime(decision.group.opensAt, lng) })}` : ''}
              </Text>
            )}
          </Group>
          <Text data-testid="eligibility-explanation">{decision.explanation[lng]}</Text>
          {decision.products.length > 0 && (
            <List size="sm" spacing={2}>
              {decision.products.map((p) => (
                <List.Item key={p.id}>
                  <Text span fw={700} size="sm">
                    {productName(products.data, p.id)}: {p.allowed ? t('console.agent.productAllowed') : t('console.agent.productNotAllowed')}
                  </Text>
                  {!p.allowed && ` – ${p.explanation[lng]}`}
                </List.Item>
              ))}
            </List>
          )}
        </Stack>
      )}
    </Paper>
  );
}

function PersonDetailsView({ person }: { person: PersonDetails }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const address = [person.street, [person.postalCode, person.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby="person-heading">
      <Title order={2} size="h3" id="person-heading" mb="xs" data-testid="person-name">
        {person.givenName} {person.familyName}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }} component="dl" m={0}>
        <Fact label={t('console.agent.person.birthDate')} testId="person-birth-date">
          {formatDate(person.birthDate, lng)}
        </Fact>
        <Fact label={t('console.agent.address')}>{address || '–'}</Fact>
        <Fact label={t('console.agent.contact')}>{[person.email, person.phone].filter(Boolean).join(', ') || '–'}</Fact>
        <Fact label={t('console.agent.person.language')}>{t(`console.agent.languages.${person.language}`)}</Fact>
        <Fact label={t('console.agent.person.claims')} testId="person-claims">
          {person.claims.length ? person.claims.map((c) => t(`console.claims.${c}`)).join(', ') : t('console.agent.noClaims')}
        </Fact>
        <Fact label={t('console.agent.registeredAt')}>{formatDateTime(person.registeredAt, lng)}</Fact>
      </SimpleGrid>
    </Paper>
  );
}

interface BookingCardProps {
  booking: AgentBooking;
  onMove: (b: AgentBooking, a: AgentAppointment) => void;
  onCancel: (b: AgentBooking) => void;
  onLetter: (b: AgentBooking) => void;
  letterPending: boolean;
}

function BookingCard({ booking, onMove, onCancel, onLetter, letterPending }: BookingCardProps) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const products = usePublicProducts();
  const headingId = `booking-${booking.bookingCode}`;
  const active = booking.status === 'active';
  return (
    <Paper withBorder p="sm" component="article" aria-labelledby={headingId} data-testid="agent-booking" data-booking-code={booking.bookingCode}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap">
          <Title order={4} size="h5" id={headingId}>
            {t('console.agent.bookingHeading', { code: booking.bookingCode, product: productName(products.data, booking.product) })}
          </Title>
          <Badge color={active ? 'blue.8' : 'red.9'} variant="filled" data-testid="agent-booking-status">
            {t(`bookingStatus.${booking.status}`)}
          </Badge>
        </Group>
        <Text size="sm">{booking.securityCode ? t('console.agent.securityCodeIs', { code: booking.securityCode }) : t('console.agent.securityCodeNotKept')}</Text>
        <List spacing={4} size="sm" listStyleType="none" ml={0} pl={0}>
          {booking.appointments.map((a) => (
            <List.Item key={a.id} data-testid="agent-appointment" data-dose={a.doseNumber}>
              <Group gap="xs" wrap="wrap">
                <Text size="sm" span fw={700}>
                  {t('common.dose', { n: a.doseNumber })}:
                </Text>
                <Text size="sm" span data-testid="agent-appointment-when">
                  {formatDateTime(a.start, lng)}, {a.centerName}
                </Text>
                <Text size="sm" span>
                  ({t(`appointmentStatus.${a.status}`)})
                </Text>
                {active && a.moveWindow && (
                  <Button size="compact-xs" variant="default" onClick={() => onMove(booking, a)} aria-label={t('console.agent.moveFor', { dose: a.doseNumber, code: booking.bookingCode })}>
                    {t('console.agent.move')}
                  </Button>
                )}
              </Group>
            </List.Item>
          ))}
        </List>
        {active && (
          <Group gap="xs">
            <Button size="compact-sm" variant="default" loading={letterPending} onClick={() => onLetter(booking)} aria-label={t('console.agent.letterFor', { code: booking.bookingCode })}>
              {t('console.agent.letter')}
            </Button>
            <Button size="compact-sm" variant="outline" color="red.9" onClick={() => onCancel(booking)} aria-label={t('console.agent.cancelFor', { code: booking.bookingCode })}>
              {t('console.agent.cancel')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

/** The person a caller is about: details, eligibility, bookings and the actions on them. */
export function PersonView() {
  const { personId = '' } = useParams();
  return <PersonPage key={personId} personId={personId} />;
}

function PersonPage({ personId }: { personId: string }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const location = useLocation();
  const registered = (location.state as { registered?: RegistrationResult } | null)?.registered;
  const qc = useQueryClient();
  const person = usePerson(personId);
  const [notice, setNotice] = useState<Notice | null>(
    registered ? { kind: 'success', testId: 'agent-notice', text: t(registered.status === 'updated' ? 'console.agent.updated' : 'console.agent.registered') } : null,
  );
  const [booked, setBooked] = useState<BookedResult | null>(null);
  const [moving, setMoving] = useState<{ b: AgentBooking; a: AgentAppointment } | null>(null);
  const [moveOpen, setMoveOpen] = useState(false);
  const [cancelling, setCancelling] = useState<AgentBooking | null>(null);
  const [cancelOpen, setCancelOpen] = useState(false);

  const fail = (err: unknown) => setNotice({ kind: 'error', testId: 'agent-error', text: <ErrorAlert error={err} /> });

  const cancel = useMutation({
    mutationFn: (code: string) => cancelAgentBooking(code),
    onSuccess: (_v, code) => {
      setCancelOpen(false);
      setBooked(null);
      setNotice({ kind: 'success', testId: 'agent-notice', text: t('console.agent.cancelled', { code }) });
      void qc.invalidateQueries({ queryKey: personKey(personId) });
      void qc.invalidateQueries({ queryKey: ['public', 'slots'] });
    },
  });
  const letter = useMutation({
    mutationFn: (code: string) => sendLetter(code),
    onSuccess: (r, code) => setNotice({ kind: 'success', testId: 'agent-notice', text: t('console.agent.letterQueued', { code, id: r.outboxId }) }),
    onError: fail,
  });

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/staff/callcenter">
        {t('console.agent.backToSearch')}
      </Anchor>

      {notice &&
        (notice.kind === 'success' ? (
          <Alert color="teal.9" variant="outline" role="status" data-testid={notice.testId} withCloseButton closeButtonLabel={t('common.close')} onClose={() => setNotice(null)}>
            <Text c="dark.8">{notice.text}</Text>
          </Alert>
        ) : (
          <div data-testid={notice.testId}>{notice.text}</div>
        ))}

      {booked && (
        <Alert color="teal.9" variant="outline" role="status" title={t('console.agent.bookedTitle')} data-testid="agent-booking-result">
          <Stack gap={4}>
            <Text c="dark.8">{t('console.agent.readOut')}</Text>
            <Text c="dark.8">
              {t('console.agent.bookingCode')}:{' '}
              <Text span ff="monospace" fw={700} fz="lg" data-testid="agent-booking-code">
                {booked.bookingCode}
              </Text>
            </Text>
            <Text c="dark.8">
              {t('console.agent.securityCode')}:{' '}
              <Text span ff="monospace" fw={700} fz="lg" data-testid="agent-security-code">
                {booked.securityCode}
              </Text>
            </Text>
            <List size="sm">
              {booked.appointments.map((a) => (
                <List.Item key={a.id}>
                  {t('common.dose', { n: a.doseNumber })}: {formatDateTime(a.start, lng)}
                </List.Item>
              ))}
            </List>
          </Stack>
        </Alert>
      )}

      {person.isPending ? (
        <Loader size="sm" aria-label={t('app.loading')} />
      ) : person.isError ? (
        <ErrorAlert error={person.error} />
      ) : (
        <>
          <PersonDetailsView person={person.data} />
          <Eligibility decision={person.data.decision} />
          <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby="bookings-heading">
            <Title order={3} size="h4" id="bookings-heading" mb="xs">
              {t('console.agent.bookingsTitle')}
            </Title>
            {person.data.bookings.length === 0 ? (
              <Text>{t('console.agent.noBookings')}</Text>
            ) : (
              <Stack gap="sm">
                {person.data.bookings.map((b) => (
                  <BookingCard
                    key={b.bookingCode}
                    booking={b}
                    letterPending={letter.isPending && letter.variables === b.bookingCode}
                    onMove={(bk, a) => {
                      setNotice(null);
                      setMoving({ b: bk, a });
                      setMoveOpen(true);
                    }}
                    onCancel={(bk) => {
                      setNotice(null);
                      cancel.reset();
                      setCancelling(bk);
                      setCancelOpen(true);
                    }}
                    onLetter={(bk) => {
                      setNotice(null);
                      letter.mutate(bk.bookingCode);
                    }}
                  />
                ))}
              </Stack>
            )}
          </Paper>
          <BookingPanel
            person={person.data}
            onBooked={(r) => {
              setNotice(null);
              setBooked(r);
            }}
          />
        </>
      )}

      {moving && (
        <MoveDialog
          key={moving.a.id}
          personId={personId}
          booking={moving.b}
          appointment={moving.a}
          opened={moveOpen}
          onClose={() => setMoveOpen(false)}
          onMoved={(a, slot) => {
            setMoveOpen(false);
            setBooked(null);
            setNotice({ kind: 'success', testId: 'agent-notice', text: t('console.agent.moved', { dose: a.doseNumber, when: formatDateTime(slot.start, lng) }) });
          }}
        />
      )}

      <Modal
        opened={cancelOpen}
        onClose={() => setCancelOpen(false)}
        title={cancelling ? t('console.agent.cancelTitle', { code: cancelling.bookingCode }) : ''}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack gap="sm">
          <Text>{t('console.agent.cancelText')}</Text>
          {cancel.isError && <ErrorAlert error={cancel.error} />}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setCancelOpen(false)} data-autofocus>
              {t('console.agent.cancelNo')}
            </Button>
            <Button color="red.9" loading={cancel.isPending} onClick={() => cancelling && cancel.mutate(cancelling.bookingCode)}>
              {t('console.agent.cancelYes')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
