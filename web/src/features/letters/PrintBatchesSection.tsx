import { Alert, Anchor, Button, Loader, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api';
import { formatDate, formatTime, isoDay, isValidIsoDate } from '../../format';
import { ErrorAlert } from '../../routes/ErrorAlert';
import { ScrollTable } from '../../routes/ScrollTable';
import { createPrintBatch, PRINT_BATCHES_KEY, printBatchPdfUrl, printRefusal, usePrintBatches, type PrintBatchCreated } from './api';

/** Download link of a batch's PDF; the accessible name starts with the visible text and names the day. */
function PdfLink({ batch }: { batch: PrintBatchCreated }) {
  const { t, i18n } = useTranslation();
  return (
    <Anchor
      href={printBatchPdfUrl(batch.id)}
      download={`letters-${batch.day}.pdf`}
      aria-label={t('console.print.downloadFor', { day: formatDate(batch.day, i18n.language) })}
      data-testid="print-batch-download"
    >
      {t('console.print.download')}
    </Anchor>
  );
}

/** Admins and agents: put the letters waiting in the outbox into a print batch (one PDF; several a day if need be) and download it. */
export function PrintBatchesSection() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const qc = useQueryClient();
  const batches = usePrintBatches();
  const [day, setDay] = useState(() => isoDay());
  const [dayError, setDayError] = useState<string | undefined>();
  const create = useMutation({
    mutationFn: createPrintBatch,
    onSettled: () => qc.invalidateQueries({ queryKey: PRINT_BATCHES_KEY }),
  });
  const refusal = printRefusal(create.error);
  const serverDayError = create.error instanceof ApiError ? create.error.fieldErrors().day : undefined;

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!isValidIsoDate(day)) {
      setDayError(t('console.print.dayInvalid'));
      return;
    }
    // Letters carry this date: one in the past would be wrong on paper (the server refuses it too).
    if (day < isoDay()) {
      setDayError(t('console.print.dayPast'));
      return;
    }
    setDayError(undefined);
    create.mutate(day);
  }

  return (
    <Stack gap="md">
      <Title order={1}>{t('console.print.title')}</Title>
      <Text>{t('console.print.intro')}</Text>

      <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby="print-create-heading" maw={560}>
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <Title order={2} size="h4" id="print-create-heading">
              {t('console.print.createTitle')}
            </Title>
            <TextInput
              type="date"
              label={t('console.print.day')}
              description={t('console.print.dayHelp')}
              required
              min={isoDay()}
              max="9999-12-31"
              value={day}
              onChange={(e) => {
                setDay(e.currentTarget.value);
                setDayError(undefined);
                create.reset();
              }}
              error={dayError ?? serverDayError}
            />
            <div>
              <Button type="submit" loading={create.isPending}>
                {t('console.print.create')}
              </Button>
            </div>
          </Stack>
        </form>
      </Paper>

      {create.isSuccess && (
        <Alert color="teal.9" variant="outline" role="status" title={t('console.print.createdTitle')} data-testid="print-batch-result">
          <Stack gap={4}>
            <Text c="dark.8">{t('console.print.created', { count: create.data.letterCount, day: formatDate(create.data.day, lng) })}</Text>
            <div>
              <PdfLink batch={create.data} />
            </div>
          </Stack>
        </Alert>
      )}
      {refusal && (
        <Alert color="blue" variant="outline" role="status" title={t(`console.print.refused.${refusal}.title`)} data-testid="print-batch-refused" data-reason={refusal}>
          <Text c="dark.8">{t(`console.print.refused.${refusal}.text`, { day: formatDate(create.variables ?? day, lng) })}</Text>
        </Alert>
      )}
      {create.isError && !refusal && !serverDayError && <ErrorAlert error={create.error} />}

      <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby="print-list-heading">
        <Title order={2} size="h4" id="print-list-heading" mb="xs">
          {t('console.print.listTitle')}
        </Title>
        {batches.isPending ? (
          <Loader size="sm" aria-label={t('app.loading')} />
        ) : batches.isError ? (
          <ErrorAlert error={batches.error} />
        ) : batches.data.length === 0 ? (
          <Text>{t('console.print.none')}</Text>
        ) : (
          <ScrollTable minWidth={480} label={t('console.print.listTitle')}>
            <Table striped verticalSpacing="xs" data-testid="print-batches">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('console.print.col.day')}</Table.Th>
                  <Table.Th scope="col">{t('console.print.col.letters')}</Table.Th>
                  <Table.Th scope="col">{t('console.print.col.createdAt')}</Table.Th>
                  <Table.Th scope="col">{t('console.print.col.pdf')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {batches.data.map((b) => (
                  <Table.Tr key={b.id} data-testid="print-batch" data-day={b.day}>
                    <Table.Th scope="row" fw={500}>
                      {formatDate(b.day, lng)}
                    </Table.Th>
                    <Table.Td data-testid="print-batch-letters">{t('console.print.letters', { count: b.letterCount })}</Table.Td>
                    <Table.Td>{t('console.print.createdAt', { date: formatDate(b.createdAt, lng), time: formatTime(b.createdAt, lng) })}</Table.Td>
                    <Table.Td>
                      <PdfLink batch={b} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
      </Paper>
    </Stack>
  );
}
