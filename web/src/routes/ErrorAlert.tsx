import { Alert, List, type MantineSpacing } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api';
import { fieldErrorLines, problemText } from '../problems';

/**
 * Shows an error as an alert, in the page's language: an API problem by its code (problems.ts), with its
 * field errors under the form's labels; never the server's English detail or a raw field path.
 */
export function ErrorAlert({ error, mb }: { error: unknown; mb?: MantineSpacing }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  let text = t('app.genericError');
  let lines: string[] = [];
  if (error instanceof ApiError) {
    text = problemText(error.problem, lng);
    lines = fieldErrorLines(error.problem, lng);
  }
  return (
    <Alert color="red" variant="outline" role="alert" title={t('app.genericError')} mb={mb} data-testid="error-alert">
      {text}
      {lines.length > 0 && (
        <List size="sm" mt="xs">
          {lines.map((line) => (
            <List.Item key={line}>{line}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
