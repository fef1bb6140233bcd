import { Alert, Anchor, Badge, Button, Code, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Fragment } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api';
import { useDemoMailbox } from '../../features/citizens/identity';
import { formatDateTime } from '../../format';
import { ErrorAlert } from '../ErrorAlert';

const URL_IN_TEXT = /(https?:\/\/[^\s<>"]+[^\s<>".,;:!?)])/;

/**
 * A message's text with its links clickable. The links point at this portal (VAXOPS_PUBLIC_URL), which in the
 * try-out may be written another way than the address in the browser (localhost, 127.0.0.1): they open here.
 */
function TextWithLinks({ text }: { text: string }) {
  return (
    <>
      {text.split(URL_IN_TEXT).map((part, i) => {
        if (i % 2 === 0) return <Fragment key={i}>{part}</Fragment>;
        const url = new URL(part);
        return (
          <Anchor key={i} component={Link} to={url.pathname + url.search} data-testid="mailbox-link">
            {part}
          </Anchor>
        );
      })}
    </>
  );
}

/** /demo/postfach: what the outbox sent, for the try-out without SMTP (the server offers it in demo mode only). */
export function DemoMailboxPage() {
  const { t, i18n } = useTranslation();
  const mailbox = useDemoMailbox();
  const off = mailbox.error instanceof ApiError && mailbox.error.status === 404;
  return (
    <Stack gap="lg">
      <div>
        <Group gap="sm">
          <Title order={1}>{t('portal.mailbox.title')}</Title>
          <Badge color="dark" variant="filled" size="lg">
            {t('portal.mailbox.demo')}
          </Badge>
        </Group>
        <Alert color="dark" variant="outline" mt="sm" role="note" title={t('portal.mailbox.demo')}>
          <Text c="dark.8">{t('portal.mailbox.intro')}</Text>
        </Alert>
      </div>
      <div>
        <Button variant="default" onClick={() => void mailbox.refetch()} loading={mailbox.isFetching}>
          {t('portal.mailbox.refresh')}
        </Button>
      </div>
      {off ? (
        <Text data-testid="mailbox-off">{t('portal.mailbox.off')}</Text>
      ) : mailbox.isError ? (
        <ErrorAlert error={mailbox.error} />
      ) : mailbox.data?.length === 0 ? (
        <Text>{t('portal.mailbox.empty')}</Text>
      ) : (
        <Stack gap="md" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('portal.mailbox.title')}>
          {mailbox.data?.map((m) => (
            <Paper key={m.id} withBorder p="sm" component="li" data-testid="mailbox-message">
              <Group gap="sm" wrap="wrap">
                <Badge color="dark" variant="outline">
                  {t(`portal.mailbox.channel.${m.channel}`)}
                </Badge>
                <Text fw={700} component="h2" fz="md" m={0}>
                  {m.subject}
                </Text>
              </Group>
              <Text size="sm" mt={4}>
                {t('portal.mailbox.to', { to: m.to })} · {formatDateTime(m.createdAt, i18n.language)}
              </Text>
              <Code block mt="xs" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
                <TextWithLinks text={m.text} />
              </Code>
            </Paper>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
