import { Alert, Image, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import QRCode from 'qrcode';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format';
import type { Certificate } from './api';
import classes from './dcc.module.css';

/** The facts of a certificate as a description list. */
export function CertificateDetails({ cert }: { cert: Certificate }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const rows: [key: string, label: string, value: string][] = [
    ['product', t('dcc.certificate.product'), cert.productName || cert.product],
    ['dose', t('dcc.certificate.dose'), t('dcc.certificate.doseValue', { n: cert.doseNumber, m: cert.seriesDoses })],
    ['date', t('dcc.certificate.vaccinatedOn'), formatDate(cert.vaccinatedOn, lng)],
    ['uvci', t('dcc.certificate.uvci'), cert.uvci],
    ['issued', t('dcc.certificate.issuedAt'), formatDate(cert.issuedAt, lng)],
    ['expires', t('dcc.certificate.expiresAt'), formatDate(cert.expiresAt, lng)],
  ];
  return (
    <>
      <div className={classes.detailsBox}>
        <dl className={classes.details}>
          {rows.map(([key, label, value]) => [
            <Text component="dt" fw={700} key={`${key}-dt`}>
              {label}
            </Text>,
            <Text
              component="dd"
              key={`${key}-dd`}
              data-testid={`certificate-${key}`}
              ff={key === 'uvci' ? 'monospace' : undefined}
              className={key === 'uvci' ? classes.code : undefined}
            >
              {value}
            </Text>,
          ])}
        </dl>
      </div>
      {cert.revoked && (
        <Alert color="red" variant="outline" mt="xs" data-testid="certificate-revoked">
          <Text c="dark.8">{t('dcc.certificate.revokedText')}</Text>
        </Alert>
      )}
    </>
  );
}

/**
 * The certificate's QR code: the server's PNG, or, should that not load, the same content drawn in
 * the browser (the HC1 string is part of the certificate).
 */
export function CertificateQr({ cert, src, size = 240 }: { cert: Certificate; src: string; size?: number }) {
  const { t, i18n } = useTranslation();
  const [fallback, setFallback] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!failed) return;
    let alive = true;
    QRCode.toDataURL(cert.hc1, { errorCorrectionLevel: 'Q', margin: 2, width: size * 2 })
      .then((url) => alive && setFallback(url))
      .catch(() => alive && setFallback(null));
    return () => {
      alive = false;
    };
  }, [failed, cert.hc1, size]);

  const alt = t('dcc.certificate.qrAlt', {
    product: cert.productName || cert.product,
    dose: cert.doseNumber,
    series: cert.seriesDoses,
    date: formatDate(cert.vaccinatedOn, i18n.language),
  });
  if (failed && !fallback) return null;
  return (
    <Image
      src={failed ? fallback : src}
      alt={alt}
      w={size}
      h={size}
      fit="contain"
      onError={() => setFailed(true)}
      data-testid="certificate-qr"
      style={{ imageRendering: 'pixelated', background: 'white' }}
    />
  );
}
