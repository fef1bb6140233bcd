import { Title } from '@mantine/core';

/** Placeholder: built by the citizen portal work. */
export function RegisterPage() {
  return <Title order={1}>RegisterPage</Title>;
}
