import { Alert, List, type MantineSpacing } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api';

/** Shows an API problem (title/detail/field errors) as an alert. */
export function ErrorAlert({ error, mb }: { error: unknown; mb?: MantineSpacing }) {
  const { t } = useTranslation();
  let title = t('app.genericError');
  let detail: string | undefined;
  let errors: { field: string; message: string }[] = [];
  if (error instanceof ApiError) {
    if (error.status === 0) detail = t('app.networkError');
    else {
      title = error.problem.title || title;
      detail = error.problem.detail;
      errors = error.problem.errors ?? [];
    }
  } else if (error instanceof Error) {
    detail = error.message;
  }
  return (
    <Alert color="red" variant="outline" role="alert" title={title} mb={mb}>
      {detail}
      {errors.length > 0 && (
        <List size="sm" mt="xs">
          {errors.map((e) => (
            <List.Item key={`${e.field}:${e.message}`}>
              {e.field}: {e.message}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
