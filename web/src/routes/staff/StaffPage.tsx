import { Button, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LoginForm } from '../../features/auth/LoginForm';
import { useLogout, useSession } from '../../features/auth/api';
import { DayBoard } from '../../features/onsite/DayBoard';
import { ErrorAlert } from '../ErrorAlert';

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
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text data-testid="signed-in-user">
            {t('staff.signedInAs', { name: user.displayName, role: t(`staff.roles.${user.role}`) })}
          </Text>
          <Button variant="default" size="sm" onClick={() => logout.mutate()} loading={logout.isPending}>
            {t('staff.logout')}
          </Button>
        </Group>
      </Paper>
      <DayBoard key={user.id} user={user} />
    </Stack>
  );
}
