import { Alert, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DeviationField } from './deviation';

interface Props {
  deviations: DeviationField[];
  value: string;
  onChange: (value: string) => void;
  error?: string;
  /** A reason the corrected record gave for the same deviation, which holds unless a new one is entered. */
  carried?: string | null;
}

/** The reason a record deviates from its appointment: shown only while it does, saying in what. */
export function DeviationReasonField({ deviations, value, onChange, error, carried }: Props) {
  const { t } = useTranslation();
  const fields = deviations.map((f) => t(`console.record.deviation.fields.${f}`)).join(', ');
  return (
    <>
      <Textarea
        label={t('console.record.deviation.label')}
        description={t('console.record.deviation.help', { fields: fields || '–' })}
        name="deviationReason"
        required={!carried}
        autosize
        minRows={2}
        maxRows={6}
        maxLength={500}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        error={error}
        data-testid="deviation-reason"
      />
      {carried && !value.trim() && (
        <Alert color="blue" variant="outline" p="xs" data-testid="deviation-carried">
          <Text size="sm" c="dark.8">
            {t('console.record.deviation.carried', { reason: carried })}
          </Text>
        </Alert>
      )}
    </>
  );
}
