import { Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSolving } from './pow';

/** Says (politely, to screen readers too) that the browser is solving the security check. */
export function ProofOfWorkStatus() {
  const { t } = useTranslation();
  const solving = useSolving();
  return (
    <div role="status" aria-live="polite" data-testid="pow-status">
      {solving && (
        <Group gap="xs" wrap="nowrap">
          <Loader size="xs" aria-hidden="true" />
          <div>
            <Text fw={600}>{t('portal.botDefence.working')}</Text>
            <Text size="sm">{t('portal.botDefence.hint')}</Text>
          </div>
        </Group>
      )}
    </div>
  );
}
