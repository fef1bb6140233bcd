import { Alert, Button, Group, Loader, Paper, Radio, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call, client, type ResponseOf } from '../../api';
import { ErrorAlert } from '../../routes/ErrorAlert';

export type RoomStatus = ResponseOf<'/api/v1/admin/waiting-room', 'get'>;
type Mode = RoomStatus['mode'];

const KEY = ['admin', 'waiting-room'];
const MODES: Mode[] = ['auto', 'on', 'off'];

/** Admin: switch the waiting room on, off or to automatic, and see whether it is on and how many wait. */
export function WaitingRoomAdminSection() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const status = useQuery({ queryKey: KEY, queryFn: () => call(client.GET('/api/v1/admin/waiting-room')), refetchInterval: 5000 });
  const [mode, setMode] = useState<Mode | null>(null);
  useEffect(() => {
    if (status.data && mode === null) setMode(status.data.mode);
  }, [status.data, mode]);
  const save = useMutation({
    mutationFn: (m: Mode) => call(client.PUT('/api/v1/admin/waiting-room', { body: { mode: m } })),
    onSuccess: (data) => qc.setQueryData(KEY, data),
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    if (mode) save.mutate(mode);
  }

  const s = status.data;
  return (
    <Stack gap="md">
      <Title order={1}>{t('console.waitingRoom.title')}</Title>
      <Text>{t('console.waitingRoom.intro')}</Text>
      {status.isPending && <Loader aria-label={t('app.loading')} />}
      {status.isError && <ErrorAlert error={status.error} />}
      {s && (
        <Paper withBorder p={{ base: 'sm', sm: 'md' }} maw={560}>
          <div role="status" aria-live="polite" data-testid="waiting-room-admin-status">
            <Text fw={700}>{s.active ? t('console.waitingRoom.isOn') : t('console.waitingRoom.isOff')}</Text>
            <Table mt="xs" variant="vertical" withTableBorder={false}>
              <Table.Tbody>
                <Table.Tr>
                  <Table.Th>{t('console.waitingRoom.waiting')}</Table.Th>
                  <Table.Td>{s.waiting}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t('console.waitingRoom.admitted')}</Table.Th>
                  <Table.Td>{s.admitted}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t('console.waitingRoom.rate')}</Table.Th>
                  <Table.Td>{t('console.waitingRoom.rateValue', { n: s.admissionsPerMinute })}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t('console.waitingRoom.autoRps')}</Table.Th>
                  <Table.Td>{t('console.waitingRoom.autoRpsValue', { n: s.autoRps })}</Table.Td>
                </Table.Tr>
              </Table.Tbody>
            </Table>
          </div>
        </Paper>
      )}
      {s && mode && (
        <Paper withBorder p={{ base: 'sm', sm: 'md' }} maw={560}>
          <form onSubmit={submit} noValidate>
            <Stack gap="sm">
              <Radio.Group label={t('console.waitingRoom.mode')} value={mode} onChange={(v) => setMode(v as Mode)}>
                <Stack gap="xs" mt="xs">
                  {MODES.map((m) => (
                    <Radio key={m} value={m} label={t(`console.waitingRoom.modes.${m}`)} />
                  ))}
                </Stack>
              </Radio.Group>
              {s.source === 'config' && <Text size="sm">{t('console.waitingRoom.fromConfig')}</Text>}
              <Group>
                <Button type="submit" loading={save.isPending}>
                  {t('console.waitingRoom.save')}
                </Button>
              </Group>
              {save.isSuccess && <Alert color="green">{t('console.waitingRoom.saved')}</Alert>}
              {save.isError && <ErrorAlert error={save.error} />}
            </Stack>
          </form>
        </Paper>
      )}
    </Stack>
  );
}
