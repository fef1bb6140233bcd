import { Alert, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api';
import { storeAdmission, storedTicket, storeTicket } from './admission';
import { takeTicket, ticketStatus, type TicketStatus } from './api';

/** Takes (or keeps) a ticket, asks again when the server says so, and hands over once admitted. */
function useTicket(onAdmitted: () => void) {
  const [status, setStatus] = useState<TicketStatus | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    async function current(): Promise<TicketStatus> {
      const kept = storedTicket();
      if (!kept) return takeTicket();
      try {
        return await ticketStatus(kept);
      } catch (err) {
        // Expired or unknown (e.g. the room was restarted): queue again.
        if (err instanceof ApiError && (err.status === 404 || err.status === 410 || err.status === 422)) {
          storeTicket(null);
          return takeTicket();
        }
        throw err;
      }
    }
    async function step() {
      try {
        const s = await current();
        if (stopped) return;
        setFailed(false);
        if (s.admitted && s.admissionToken && s.admissionValidSeconds !== undefined) {
          storeAdmission(s.admissionToken, s.admissionValidSeconds);
          onAdmitted();
          return;
        }
        storeTicket(s.ticket);
        setStatus(s);
        timer = setTimeout(step, Math.max(1, s.pollAfterSeconds) * 1000);
      } catch {
        if (stopped) return;
        setFailed(true);
        timer = setTimeout(step, 5000);
      }
    }
    void step();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [onAdmitted]);
  return { status, failed };
}

/** The waiting page: position and estimate in a polite live region; continues by itself when admitted. */
export function WaitingRoomPage({ onAdmitted }: { onAdmitted: () => void }) {
  const { t } = useTranslation();
  const { status, failed } = useTicket(onAdmitted);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const minutes = status ? Math.ceil(status.estimatedWaitSeconds / 60) : 0;

  return (
    <Stack gap="md" data-testid="waiting-room">
      <Title order={1} ref={heading} tabIndex={-1}>
        {t('portal.waitingRoom.title')}
      </Title>
      <Text>{t('portal.waitingRoom.intro')}</Text>
      <Paper withBorder p={{ base: 'sm', sm: 'md' }} maw={560}>
        <div role="status" aria-live="polite" aria-atomic="true" data-testid="waiting-room-status">
          {status ? (
            <Stack gap="xs">
              <Text fw={700} fz="lg" data-testid="waiting-room-position">
                {t('portal.waitingRoom.position', { position: status.position })}
              </Text>
              <Text>
                {status.estimatedWaitSeconds < 60
                  ? t('portal.waitingRoom.estimateUnderMinute')
                  : t('portal.waitingRoom.estimateMinutes', { minutes })}
              </Text>
            </Stack>
          ) : (
            <Text>{t('portal.waitingRoom.joining')}</Text>
          )}
        </div>
        {!status && !failed && <Loader size="sm" mt="sm" aria-hidden="true" />}
      </Paper>
      <Text size="sm">{t('portal.waitingRoom.keepOpen')}</Text>
      {failed && (
        <Alert color="red" role="alert">
          {t('portal.waitingRoom.connectionError')}
        </Alert>
      )}
    </Stack>
  );
}
