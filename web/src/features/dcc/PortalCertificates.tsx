import { Alert, Badge, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api';
import { formatDate } from '../../format';
import { ErrorAlert } from '../../routes/ErrorAlert';
import {
  fetchPdf,
  mailPublicCertificate,
  pdfFileName,
  publicPdfUrl,
  publicQrUrl,
  saveBlob,
  usePublicCertificates,
  type Certificate,
  type PdfLanguage,
} from './api';
import { CertificateDetails, CertificateQr } from './CertificateDetails';

interface Props {
  bookingCode: string;
  /** The birth date the booking was looked up with. */
  birthDate: string;
}

/** The person's certificates on the "my booking" page: PDF (de/en), QR code, e-mail. */
export function PortalCertificates({ bookingCode, birthDate }: Props) {
  const { t } = useTranslation();
  const certificates = usePublicCertificates(bookingCode, birthDate, Boolean(bookingCode && birthDate));

  return (
    <Paper withBorder p={{ base: 'sm', sm: 'lg' }} component="section" aria-labelledby="certificates-heading" data-testid="certificates">
      <Title order={2} size="h3" id="certificates-heading">
        {t('dcc.portal.heading')}
      </Title>
      <Text mt="xs">{t('dcc.portal.intro')}</Text>
      <Stack gap="md" mt="md">
        {certificates.isPending ? (
          <Loader size="sm" aria-label={t('app.loading')} />
        ) : certificates.isError && certificates.error instanceof ApiError && certificates.error.status === 404 ? (
          // With citizen verification on, certificates need the person's verified contact: the same 404 as unknown.
          <Text data-testid="certificates-need-verification">{t('portal.mine.certificatesNeedVerification')}</Text>
        ) : certificates.isError ? (
          <ErrorAlert error={certificates.error} />
        ) : certificates.data.length === 0 ? (
          <Text data-testid="no-certificates">{t('dcc.portal.none')}</Text>
        ) : (
          [...certificates.data]
            .sort((a, b) => a.doseNumber - b.doseNumber || a.issuedAt.localeCompare(b.issuedAt))
            .map((c) => <CertificateCard key={c.id} cert={c} bookingCode={bookingCode} birthDate={birthDate} />)
        )}
      </Stack>
    </Paper>
  );
}

function CertificateCard({ cert, bookingCode, birthDate }: { cert: Certificate } & Props) {
  const { t, i18n } = useTranslation();
  const [qrShown, setQrShown] = useState(false);
  const [notice, setNotice] = useState<{ kind: 'ok' | 'warn'; text: string } | null>(null);
  const headingId = `certificate-${cert.id}-heading`;
  const qrId = `certificate-${cert.id}-qr`;
  const label = t('dcc.portal.certFor', { dose: cert.doseNumber, date: formatDate(cert.vaccinatedOn, i18n.language) });

  const download = useMutation({
    mutationFn: async (lang: PdfLanguage) => {
      const { blob, fileName } = await fetchPdf(publicPdfUrl(bookingCode, birthDate, cert.id, lang));
      saveBlob(blob, fileName ?? pdfFileName(cert, lang));
    },
    onMutate: () => setNotice(null),
    onSuccess: () => setNotice({ kind: 'ok', text: t('dcc.portal.downloaded') }),
  });

  const mail = useMutation({
    mutationFn: () => mailPublicCertificate(bookingCode, birthDate, cert.id),
    onMutate: () => setNotice(null),
    onSuccess: () => setNotice({ kind: 'ok', text: t('dcc.portal.mailQueued') }),
    onError: (err) => {
      if (err instanceof ApiError && err.status === 409) setNotice({ kind: 'warn', text: t('dcc.portal.mailNoEmail') });
    },
  });
  const mailConflict = mail.error instanceof ApiError && mail.error.status === 409;

  // Button names start with the visible text and add which certificate they are for.
  const downloadButton = (lang: PdfLanguage) => {
    const text = t(lang === 'de' ? 'dcc.portal.downloadDe' : 'dcc.portal.downloadEn');
    return (
      <Button
        variant={lang === 'de' ? 'filled' : 'outline'}
        onClick={() => download.mutate(lang)}
        loading={download.isPending && download.variables === lang}
        disabled={cert.revoked}
        aria-label={t('dcc.portal.buttonFor', { button: text, cert: label })}
        data-testid={`certificate-pdf-${lang}`}
      >
        {text}
      </Button>
    );
  };

  return (
    <Paper withBorder p="sm" component="article" aria-labelledby={headingId} data-testid="certificate" data-dose={cert.doseNumber}>
      <Stack gap="sm">
        <Group gap="sm" wrap="wrap">
          <Title order={3} size="h4" id={headingId}>
            {label}
          </Title>
          {cert.revoked && (
            <Badge color="red.9" variant="filled">
              {t('dcc.certificate.revoked')}
            </Badge>
          )}
        </Group>
        <CertificateDetails cert={cert} />
        {download.isError && <ErrorAlert error={download.error} />}
        {mail.isError && !mailConflict && <ErrorAlert error={mail.error} />}
        <Group gap="sm" wrap="wrap">
          {downloadButton('de')}
          {downloadButton('en')}
          <Button variant="default" onClick={() => setQrShown((v) => !v)} aria-expanded={qrShown} aria-controls={qrId} disabled={cert.revoked}>
            {t(qrShown ? 'dcc.portal.hideQr' : 'dcc.portal.showQr')}
          </Button>
          <Button
            variant="default"
            onClick={() => mail.mutate()}
            loading={mail.isPending}
            disabled={cert.revoked}
            aria-label={t('dcc.portal.buttonFor', { button: t('dcc.portal.mail'), cert: label })}
          >
            {t('dcc.portal.mail')}
          </Button>
        </Group>
        <div id={qrId}>{qrShown && !cert.revoked && <CertificateQr cert={cert} src={publicQrUrl(bookingCode, birthDate, cert.id)} size={280} />}</div>
        <div aria-live="polite" role="status">
          {notice && (
            <Alert color={notice.kind === 'ok' ? 'green' : 'yellow'} variant="outline" data-testid="certificate-notice">
              <Text c="dark.8">{notice.text}</Text>
            </Alert>
          )}
        </div>
      </Stack>
    </Paper>
  );
}
