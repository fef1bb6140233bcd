import { Alert, Badge, Group, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api';

export type ConnectionState = 'online' | 'offline' | 'unreachable';

function subscribeOnline(onChange: () => void) {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

/** A request that got no answer (no network, server down, or no answer in time): status 0. */
const noAnswer = (err: unknown) => err instanceof ApiError && err.status === 0;

/**
 * The console's connection as the people at the desk need to know it: 'offline' when the browser has no
 * network, 'unreachable' when requests get no answer (the last one failed that way), else 'online'. Read from
 * the browser's online events and from every query and mutation the console runs (the day board polls every
 * few seconds, so a server that went away shows within seconds).
 */
export function useConnectionState(): ConnectionState {
  const qc = useQueryClient();
  const online = useSyncExternalStore(subscribeOnline, () => navigator.onLine, () => true);
  const [unreachable, setUnreachable] = useState(false);

  useEffect(() => {
    const seen = (status: 'success' | 'error', error: unknown) => {
      if (status === 'success') setUnreachable(false);
      else if (noAnswer(error)) setUnreachable(true);
    };
    const offQueries = qc.getQueryCache().subscribe((e) => {
      if (e.type !== 'updated') return;
      if (e.action.type === 'success') seen('success', null);
      else if (e.action.type === 'error') seen('error', e.action.error);
    });
    const offMutations = qc.getMutationCache().subscribe((e) => {
      if (e.type !== 'updated') return;
      if (e.action.type === 'success') seen('success', null);
      else if (e.action.type === 'error') seen('error', e.action.error);
    });
    return () => {
      offQueries();
      offMutations();
    };
  }, [qc]);

  if (!online) return 'offline';
  return unreachable ? 'unreachable' : 'online';
}

const COLOR: Record<ConnectionState, string> = { online: 'teal.9', offline: 'red.9', unreachable: 'red.9' };

/** The connection state in the console's header, and what it means for the work while it lasts. */
export function ConnectionStatus() {
  const { t } = useTranslation();
  const state = useConnectionState();
  return (
    <div aria-live="polite" data-testid="connection-status" data-state={state}>
      <Group gap={6} wrap="nowrap">
        <Text size="sm" component="span">
          {t('console.connection.label')}:
        </Text>
        <Badge color={COLOR[state]} variant="filled" data-testid="connection-badge">
          {t(`console.connection.${state}`)}
        </Badge>
      </Group>
      {state !== 'online' && (
        <Alert color="red" variant="outline" mt="xs" data-testid="connection-alert">
          <Text c="dark.8" size="sm">
            {t(state === 'offline' ? 'console.connection.offlineText' : 'console.connection.unreachableText')}
          </Text>
        </Alert>
      )}
    </div>
  );
}
