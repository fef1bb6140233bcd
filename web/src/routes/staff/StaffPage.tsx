import { Alert, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { LoginForm } from '../../features/auth/LoginForm';
import { useLogout, useSession, type User } from '../../features/auth/api';
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

export function StaffPage() {
  const { t } = useTranslation();
  const session = useSession();
  const logout = useLogout();

  if (session.isPending) return <Loader aria-label={t('app.loading')} />;
  if (session.isError) return <ErrorAlert error={session.error} />;
  if (!session.data) return <LoginForm />;

  const { user } = session.data;
  return (
    <Stack gap="md">
      <Paper withBorder p="sm" bg="gray.0">
        <Stack gap="xs">
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Text data-testid="signed-in-user">
              {t('staff.signedInAs', { name: user.displayName, role: t(`staff.roles.${user.role}`) })}
            </Text>
            <Button variant="default" size="sm" onClick={() => logout.mutate()} loading={logout.isPending}>
              {t('staff.logout')}
            </Button>
          </Group>
          <ConsoleNav sections={sectionsFor(user)} />
        </Stack>
      </Paper>
      <ConsoleRoutes user={user} />
    </Stack>
  );
}
