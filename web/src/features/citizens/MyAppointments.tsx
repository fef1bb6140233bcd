import { Button, Group, List, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../format';
import { ErrorAlert } from '../../routes/ErrorAlert';
import { useMe } from './identity';
import { useCitizenSession } from './session';

/**
 * "Meine Termine": the people of the verified contact with their bookings (codes included: the contact on
 * file has proven itself) and how many certificates each has; a booking opens below for moving, cancelling
 * and the certificates.
 */
export function MyAppointments({ onShow }: { onShow: (bookingCode: string, birthDate: string) => void }) {
  const { t, i18n } = useTranslation();
  const session = useCitizenSession();
  const me = useMe(session?.token ?? null);
  if (!session) return null;
  const lng = i18n.language;
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'lg' }} component="section" aria-labelledby="mine-heading" data-testid="my-appointments">
      <Title order={2} size="h3" id="mine-heading">
        {t('portal.mine.title')}
      </Title>
      <Text mt="xs">{t('portal.mine.intro')}</Text>
      <Stack gap="md" mt="md">
        {me.isPending ? (
          <Loader size="sm" aria-label={t('app.loading')} />
        ) : me.isError ? (
          <ErrorAlert error={me.error} />
        ) : me.data.people.length === 0 ? (
          <Text>{t('portal.mine.none')}</Text>
        ) : (
          me.data.people.map((p) => (
            <Paper key={p.id} withBorder p="sm" component="article" aria-labelledby={`person-${p.id}`} data-testid="my-person">
              <Title order={3} size="h4" id={`person-${p.id}`}>
                {p.givenName} {p.familyName}
              </Title>
              <Text size="sm">{t('portal.mine.born', { date: formatDate(p.birthDate, lng) })}</Text>
              {p.bookings.length === 0 ? (
                <Text mt="xs">{t('portal.mine.noBookings')}</Text>
              ) : (
                <List mt="xs" spacing="xs">
                  {p.bookings.map((b) => (
                    <List.Item key={b.bookingCode} data-testid="my-booking">
                      <Stack gap={4}>
                        <Text fw={700}>
                          {t('portal.mine.booking', { code: b.bookingCode })} ({t(`bookingStatus.${b.status}`)})
                        </Text>
                        {b.securityCode && <Text>{t('portal.mine.securityCode', { code: b.securityCode })}</Text>}
                        {b.appointments
                          .filter((a) => a.status !== 'cancelled')
                          .map((a) => (
                            <Text key={a.id} size="sm">
                              {t('common.dose', { n: a.doseNumber })}: {formatDateTime(a.start, lng)} – {a.centerName} ({t(`appointmentStatus.${a.status}`)})
                            </Text>
                          ))}
                        <Group>
                          <Button size="compact-sm" variant="outline" aria-label={t('portal.mine.showFor', { code: b.bookingCode })} onClick={() => onShow(b.bookingCode, p.birthDate)}>
                            {t('portal.mine.show')}
                          </Button>
                        </Group>
                      </Stack>
                    </List.Item>
                  ))}
                </List>
              )}
              {p.certificates.length > 0 && <Text mt="xs">{t('portal.mine.certificates', { count: p.certificates.length })}</Text>}
            </Paper>
          ))
        )}
      </Stack>
    </Paper>
  );
}
