import { Title } from '@mantine/core';

/** Placeholder: built by the citizen portal work. */
export function InvitationPage() {
  return <Title order={1}>InvitationPage</Title>;
}
