import { Alert, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, errorCode } from '../../api';
import { ErrorAlert } from '../../routes/ErrorAlert';
import {
  fetchPdf,
  mailStaffCertificate,
  openPdf,
  pdfFileName,
  pdfLanguage,
  issueCertificate,
  staffCertificateKey,
  staffPdfUrl,
  staffQrUrl,
  useStaffCertificate,
  type Certificate,
} from './api';
import { CertificateDetails, CertificateQr } from './CertificateDetails';

interface Props {
  vaccinationId: string;
  /** Whether the re-issue action is offered (with a confirmation). */
  allowReissue?: boolean;
  /** Heading level of the panel's title (it sits in a page or in a dialog). */
  headingOrder?: 2 | 3;
  /** Move the focus to the panel's heading when it appears (it replaced the button that opened it). */
  focusOnMount?: boolean;
}

type Notice = { kind: 'ok' | 'warn'; text: string } | null;

/**
 * The EU Digital COVID Certificate of a vaccination record, at check-out: print it (PDF in the UI
 * language), send it by e-mail, show its QR code; optionally re-issue it.
 */
export function CertificatePanel({ vaccinationId, allowReissue = false, headingOrder = 2, focusOnMount = false }: Props) {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const headingId = useId();
  const certificate = useStaffCertificate(vaccinationId, true);
  const [notice, setNotice] = useState<Notice>(null);
  const [confirming, setConfirming] = useState(false);
  const confirmYes = useRef<HTMLButtonElement>(null);
  const reissueButton = useRef<HTMLButtonElement>(null);
  const leftConfirm = useRef(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const lang = pdfLanguage(i18n.language);

  useEffect(() => {
    if (focusOnMount) headingRef.current?.focus();
  }, [focusOnMount]);

  useEffect(() => {
    if (confirming) confirmYes.current?.focus();
    else if (leftConfirm.current) reissueButton.current?.focus();
  }, [confirming]);

  const print = useMutation({
    mutationFn: async (cert: Certificate) => {
      const { blob, fileName } = await fetchPdf(staffPdfUrl(cert.id, lang));
      return openPdf(blob, fileName ?? pdfFileName(cert, lang));
    },
    onMutate: () => setNotice(null),
    onSuccess: (how) => setNotice({ kind: 'ok', text: t(how === 'opened' ? 'dcc.certificate.opened' : 'dcc.certificate.downloaded') }),
  });

  const mail = useMutation({
    mutationFn: (cert: Certificate) => mailStaffCertificate(cert.id),
    onMutate: () => setNotice(null),
    onSuccess: () => setNotice({ kind: 'ok', text: t('dcc.certificate.mailQueued') }),
    onError: (err) => {
      if (err instanceof ApiError && err.status === 409) setNotice({ kind: 'warn', text: t('dcc.certificate.mailNoEmail') });
    },
  });

  // A record documented before a signing key was active has none yet: staff issue it here (a POST; reading never issues).
  const issue = useMutation({
    mutationFn: () => issueCertificate(vaccinationId),
    onMutate: () => setNotice(null),
    onSuccess: (cert) => qc.setQueryData(staffCertificateKey(vaccinationId), cert),
  });

  const reissue = useMutation({
    mutationFn: () => issueCertificate(vaccinationId),
    onMutate: () => setNotice(null),
    onSuccess: (cert) => {
      qc.setQueryData(staffCertificateKey(vaccinationId), cert);
      leftConfirm.current = true;
      setConfirming(false);
      setNotice({ kind: 'ok', text: t('dcc.certificate.reissued', { uvci: cert.uvci }) });
    },
  });

  const Heading = (
    <Title order={headingOrder} size="h4" id={headingId} ref={headingRef} tabIndex={-1}>
      {t('dcc.certificate.heading')}
    </Title>
  );

  let body: React.ReactNode;
  if (certificate.isPending) {
    body = (
      <Group gap="xs">
        <Loader size="sm" aria-hidden />
        <Text>{t('dcc.certificate.loading')}</Text>
      </Group>
    );
  } else if (certificate.isError && errorCode(certificate.error) === 'no-certificate') {
    body =
      errorCode(issue.error) === 'no-issuing-key' ? (
        <Alert color="yellow" variant="outline" data-testid="certificate-no-key">
          <Text c="dark.8">{t('dcc.certificate.noKey')}</Text>
        </Alert>
      ) : (
        <Stack gap="sm" data-testid="certificate-none">
          <Text>{t('dcc.certificate.none')}</Text>
          {issue.isError && <ErrorAlert error={issue.error} />}
          <Group>
            <Button onClick={() => issue.mutate()} loading={issue.isPending} data-testid="certificate-issue">
              {t('dcc.certificate.issue')}
            </Button>
          </Group>
        </Stack>
      );
  } else if (certificate.isError) {
    body =
      errorCode(certificate.error) === 'no-issuing-key' ? (
        <Alert color="yellow" variant="outline" data-testid="certificate-no-key">
          <Text c="dark.8">{t('dcc.certificate.noKey')}</Text>
        </Alert>
      ) : (
        <ErrorAlert error={certificate.error} />
      );
  } else {
    const cert = certificate.data;
    const mailConflict = mail.error instanceof ApiError && mail.error.status === 409;
    body = (
      <Stack gap="sm">
        <Text size="sm" c="gray.7">
          {t('dcc.certificate.name')}
        </Text>
        <Group align="flex-start" gap="lg" wrap="wrap">
          <CertificateQr cert={cert} src={staffQrUrl(cert.id)} size={200} />
          <Stack gap="xs" style={{ flex: '1 1 18rem', minWidth: 0 }}>
            <CertificateDetails cert={cert} />
          </Stack>
        </Group>
        {print.isError && <ErrorAlert error={print.error} />}
        {mail.isError && !mailConflict && <ErrorAlert error={mail.error} />}
        {reissue.isError && <ErrorAlert error={reissue.error} />}
        <Group gap="sm" wrap="wrap">
          <Button
            onClick={() => print.mutate(cert)}
            loading={print.isPending}
            disabled={cert.revoked}
            aria-label={t('dcc.certificate.printFor', { language: t(`dcc.certificate.languages.${lang}`) })}
            data-testid="certificate-print"
          >
            {t('dcc.certificate.print')}
          </Button>
          <Button variant="outline" onClick={() => mail.mutate(cert)} loading={mail.isPending} disabled={cert.revoked}>
            {t('dcc.certificate.mail')}
          </Button>
          {allowReissue && !confirming && (
            <Button ref={reissueButton} variant="default" onClick={() => setConfirming(true)}>
              {t('dcc.certificate.reissue')}
            </Button>
          )}
        </Group>
        {allowReissue && confirming && (
          <Paper withBorder p="sm" role="group" aria-labelledby={`${headingId}-reissue`} data-testid="reissue-confirmation">
            <Text fw={700} id={`${headingId}-reissue`}>
              {t('dcc.certificate.reissueTitle')}
            </Text>
            <Text mt={4}>{t('dcc.certificate.reissueText')}</Text>
            <Group mt="sm" gap="sm">
              <Button
                variant="default"
                onClick={() => {
                  leftConfirm.current = true;
                  setConfirming(false);
                }}
              >
                {t('dcc.certificate.reissueNo')}
              </Button>
              <Button ref={confirmYes} color="red.9" loading={reissue.isPending} onClick={() => reissue.mutate()}>
                {t('dcc.certificate.reissueYes')}
              </Button>
            </Group>
          </Paper>
        )}
      </Stack>
    );
  }

  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby={headingId} data-testid="certificate-panel">
      <Stack gap="sm">
        {Heading}
        {body}
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
