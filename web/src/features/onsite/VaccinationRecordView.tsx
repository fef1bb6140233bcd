import { Alert, Button, Group, Loader, SimpleGrid, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../format';
import { ErrorAlert } from '../../routes/ErrorAlert';
import { CertificatePanel } from '../dcc/CertificatePanel';
import { productName, type Product } from '../booking/api';
import { useVaccination, type VaccinationRecord } from './api';
import { CorrectionForm } from './CorrectionForm';
import { planText } from './deviation';

interface Props {
  vaccinationId: string;
  products: Product[];
  /** Corrections are a medical act: vaccinators only. */
  canCorrect: boolean;
  /** Whether the record's EU certificate can be shown (printed, sent, re-issued) here. */
  canCertificate?: boolean;
  onClose: () => void;
  onCorrected: (record: VaccinationRecord) => void;
}

/** Shows the current vaccination record of an appointment; vaccinators can correct it. */
export function VaccinationRecordView({ vaccinationId, products, canCorrect, canCertificate = false, onClose, onCorrected }: Props) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const vaccination = useVaccination(vaccinationId, true);
  const [correcting, setCorrecting] = useState(false);
  const [showCertificate, setShowCertificate] = useState(false);
  const correctButton = useRef<HTMLButtonElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const leftForm = useRef(false);

  // Back from the form: return the focus to the button that opened it (gone if the record was superseded meanwhile).
  useEffect(() => {
    if (!correcting && leftForm.current) (correctButton.current ?? closeButton.current)?.focus();
  }, [correcting]);

  if (vaccination.isPending) return <Loader size="sm" aria-label={t('app.loading')} />;
  if (vaccination.isError) return <ErrorAlert error={vaccination.error} />;
  const record = vaccination.data;

  if (correcting) {
    return (
      <CorrectionForm
        record={record}
        products={products}
        onCancel={() => {
          leftForm.current = true;
          setCorrecting(false);
        }}
        onDone={onCorrected}
      />
    );
  }

  const rows: [key: string, label: string, value: string][] = [
    ['product', t('common.product'), productName(products, record.product)],
    ['lot', t('staff.lotNumber'), record.lotNumber],
    ['dose', t('staff.doseNumber'), String(record.doseNumber)],
    ['site', t('staff.site'), t(`staff.sites.${record.site}`)],
    ['administered', t('staff.administeredAt'), formatDateTime(record.administeredAt, lng)],
    ['recorded', t('staff.recordedAt'), formatDateTime(record.recordedAt, lng)],
  ];
  if (record.appointment) rows.push(['appointment', t('console.record.appointment'), planText(t, record.appointment, products, lng)]);

  return (
    <Stack gap="sm" data-testid="vaccination-record">
      <SimpleGrid component="dl" cols={{ base: 1, xs: 2 }} spacing="xs" verticalSpacing={4} m={0}>
        {rows.map(([key, label, value]) => [
          <Text component="dt" fw={700} key={`${key}-dt`}>
            {label}
          </Text>,
          <Text component="dd" m={0} key={`${key}-dd`} data-testid={`record-${key}`}>
            {value}
          </Text>,
        ])}
      </SimpleGrid>
      {record.deviationReason && (
        <Alert color="orange" variant="outline" data-testid="record-deviation">
          <Text c="dark.8">{t('console.record.deviation.shown', { reason: record.deviationReason })}</Text>
        </Alert>
      )}
      {record.supersedes && (
        <Alert color="blue" variant="outline" data-testid="record-correction">
          <Text c="dark.8">{t('staff.correctedBecause', { reason: record.correctionReason ?? '' })}</Text>
        </Alert>
      )}
      {record.supersededBy && (
        <Alert color="yellow" variant="outline">
          <Text c="dark.8">{t('staff.supersededNotice')}</Text>
        </Alert>
      )}
      {canCertificate && !record.supersededBy && showCertificate && (
        <CertificatePanel vaccinationId={record.id} allowReissue headingOrder={3} focusOnMount />
      )}
      <Group justify="flex-end" wrap="wrap">
        {canCertificate && !record.supersededBy && !showCertificate && (
          <Button variant="outline" onClick={() => setShowCertificate(true)}>
            {t('dcc.certificate.show')}
          </Button>
        )}
        <Button ref={closeButton} variant="default" onClick={onClose}>
          {t('common.close')}
        </Button>
        {canCorrect && !record.supersededBy && (
          <Button ref={correctButton} onClick={() => setCorrecting(true)}>
            {t('staff.correct')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
