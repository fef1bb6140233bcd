import { Title } from '@mantine/core';

/** Placeholder: built by the citizen portal work. */
export function ConfirmEmailPage() {
  return <Title order={1}>ConfirmEmailPage</Title>;
}
