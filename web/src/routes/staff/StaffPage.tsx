import { Alert, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { SESSION_ENDED_EVENT } from '../../api';
import { ChangePasswordDialog, DemoAccountsBanner, SignOutEverywhereButton } from '../../features/auth/AccountActions';
import { ConnectionStatus } from '../../features/auth/ConnectionStatus';
import { LoginForm, type LoginNotice } from '../../features/auth/LoginForm';
import { SESSION_KEY, useLogout, useSession, type User } from '../../features/auth/api';
import { AgentSection } from '../../features/agent/AgentSection';
import { PrintBatchesSection } from '../../features/letters/PrintBatchesSection';
import { DayBoard } from '../../features/onsite/DayBoard';
import { DosePlansSection } from '../../features/planning/DosePlansSection';
import { RulesSection } from '../../features/rules/RulesSection';
import { WaitingRoomAdminSection } from '../../features/waitingroomadmin/WaitingRoomAdminSection';
import { InvitationsSection } from '../../features/waves/InvitationsSection';
import { ErrorAlert } from '../ErrorAlert';
import { sectionsFor, type ConsoleSection } from './sections';

function ConsoleNav({ sections }: { sections: ConsoleSection[] }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const rest = pathname.replace(/^\/staff\/?/, '');
  const active = (s: ConsoleSection) => (s.path === '' ? rest === '' : rest === s.path || rest.startsWith(`${s.path}/`));
  if (sections.length < 2) return null;
  return (
    <Group component="nav" aria-label={t('console.nav.label')} gap="xs" wrap="wrap" data-testid="console-nav">
      {sections.map((s) => (
        <Button
          key={s.id}
          component={Link}
          to={s.path === '' ? '/staff' : `/staff/${s.path}`}
          variant={active(s) ? 'filled' : 'default'}
          aria-current={active(s) ? 'page' : undefined}
          size="sm"
        >
          {t(`console.nav.${s.id}`)}
        </Button>
      ))}
    </Group>
  );
}

function NotAllowed() {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Title order={1}>{t('console.notAllowedTitle')}</Title>
      <Alert color="red" variant="outline" role="alert">
        {t('staff.forbidden')}
      </Alert>
    </Stack>
  );
}

/** The sections a user may see, as routes below /staff; others redirect to the user's first section. */
function ConsoleRoutes({ user }: { user: User }) {
  const sections = sectionsFor(user);
  const allowed = (id: ConsoleSection['id']) => sections.some((s) => s.id === id);
  const home = sections[0];
  const guard = (id: ConsoleSection['id'], el: React.ReactNode) => (allowed(id) ? el : <NotAllowed />);
  return (
    <Routes>
      <Route
        index
        element={
          allowed('board') ? (
            <DayBoard key={user.id} user={user} />
          ) : home ? (
            <Navigate to={`/staff/${home.path}`} replace />
          ) : (
            <NotAllowed />
          )
        }
      />
      <Route path="rules/*" element={guard('rules', <RulesSection key={user.id} />)} />
      <Route path="invitations" element={guard('invitations', <InvitationsSection key={user.id} />)} />
      <Route path="dose-plans" element={guard('dosePlans', <DosePlansSection key={user.id} user={user} />)} />
      <Route path="callcenter/*" element={guard('callcenter', <AgentSection key={user.id} />)} />
      <Route path="letters" element={guard('printBatches', <PrintBatchesSection key={user.id} />)} />
      <Route path="waiting-room" element={guard('waitingRoom', <WaitingRoomAdminSection key={user.id} />)} />
      <Route path="*" element={<Navigate to="/staff" replace />} />
    </Routes>
  );
}

// Remembered for the tab (not across browser restarts), so a reload after an idle timeout still says why.
const SIGNED_IN_FLAG = 'vaxops.staffSignedIn';
function rememberSignedIn(on: boolean) {
  try {
    if (on) window.sessionStorage.setItem(SIGNED_IN_FLAG, '1');
    else window.sessionStorage.removeItem(SIGNED_IN_FLAG);
  } catch {
    /* sessionStorage unavailable */
  }
}
function wasSignedIn(): boolean {
  try {
    return window.sessionStorage.getItem(SIGNED_IN_FLAG) === '1';
  } catch {
    return false;
  }
}

export function StaffPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const session = useSession();
  const logout = useLogout();
  const [notice, setNotice] = useState<LoginNotice | null>(null);
  const [passwordOpen, setPasswordOpen] = useState(false);
  const [passwordChanged, setPasswordChanged] = useState(false);
  // Set when the user signs out on purpose: the sign-in then shows no "session ended" message.
  const leaving = useRef(false);

  // Any staff request that finds the session gone (idle timeout, expiry, signed out elsewhere) ends it here too.
  useEffect(() => {
    const ended = () => {
      if (!qc.getQueryData(SESSION_KEY)) return;
      qc.removeQueries({ queryKey: ['staff'] });
      qc.setQueryData(SESSION_KEY, null);
    };
    window.addEventListener(SESSION_ENDED_EVENT, ended);
    return () => window.removeEventListener(SESSION_ENDED_EVENT, ended);
  }, [qc]);

  useEffect(() => {
    if (session.data) {
      rememberSignedIn(true);
      setNotice(null);
    } else if (session.data === null) {
      if (wasSignedIn() && !leaving.current) setNotice((n) => n ?? 'sessionEnded');
      leaving.current = false;
      rememberSignedIn(false);
      setPasswordChanged(false);
    }
  }, [session.data]);

  if (session.isPending) return <Loader aria-label={t('app.loading')} />;
  if (session.isError) return <ErrorAlert error={session.error} />;
  if (!session.data) return <LoginForm notice={notice} />;

  const { user, demoAccounts } = session.data;
  return (
    <Stack gap="md">
      {demoAccounts && <DemoAccountsBanner />}
      <Paper withBorder p="sm" bg="gray.0">
        <Stack gap="xs">
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Text data-testid="signed-in-user">
              {t('staff.signedInAs', { name: user.displayName, role: t(`staff.roles.${user.role}`) })}
            </Text>
            <Group gap="xs" wrap="wrap">
              <Button variant="default" size="sm" onClick={() => setPasswordOpen(true)}>
                {t('console.account.changePassword')}
              </Button>
              <SignOutEverywhereButton
                onConfirmed={() => {
                  leaving.current = true;
                  setNotice('signedOutEverywhere');
                }}
              />
              <Button
                variant="default"
                size="sm"
                onClick={() => {
                  leaving.current = true;
                  logout.mutate();
                }}
                loading={logout.isPending}
              >
                {t('staff.logout')}
              </Button>
            </Group>
          </Group>
          <ConnectionStatus />
          {passwordChanged && (
            <Alert color="green" variant="outline" role="status" withCloseButton closeButtonLabel={t('common.close')} onClose={() => setPasswordChanged(false)}>
              {t('console.account.changed')}
            </Alert>
          )}
          <ConsoleNav sections={sectionsFor(user)} />
        </Stack>
      </Paper>
      <ChangePasswordDialog opened={passwordOpen} onClose={() => setPasswordOpen(false)} onChanged={() => setPasswordChanged(true)} />
      <ConsoleRoutes user={user} />
    </Stack>
  );
}
