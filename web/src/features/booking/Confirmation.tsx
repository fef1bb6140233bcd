import { Alert, Button, Card, Group, Image, List, Stack, Text, Title } from '@mantine/core';
import QRCode from 'qrcode';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../format';
import { productName, type BookingCreated, type Center, type Product } from './api';

interface Props {
  booking: BookingCreated;
  centers: Center[] | undefined;
  products: Product[] | undefined;
  onNewBooking: () => void;
}

export function BookingQrCode({ code }: { code: string }) {
  const { t } = useTranslation();
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let alive = true;
    QRCode.toDataURL(code, { errorCorrectionLevel: 'M', margin: 2, width: 220 })
      .then((url) => alive && setSrc(url))
      .catch(() => alive && setSrc(null));
    return () => {
      alive = false;
    };
  }, [code]);
  if (!src) return null;
  return <Image src={src} alt={t('confirmation.qrAlt', { code })} w={220} h={220} data-testid="booking-qr" />;
}

export function Confirmation({ booking, centers, products, onNewBooking }: Props) {
  const { t, i18n } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const centerName = (id: string) => centers?.find((c) => c.id === id)?.name ?? id;
  const appointments = [...booking.appointments].sort((a, b) => a.doseNumber - b.doseNumber);

  return (
    <Stack gap="lg">
      <Title order={1} ref={headingRef} tabIndex={-1}>
        {t('confirmation.title')}
      </Title>
      <Card withBorder padding="lg">
        <Group align="center" gap="xl" wrap="wrap">
          <Stack gap={4}>
            <Text size="sm" c="gray.7" id="booking-code-label">
              {t('confirmation.codeLabel')}
            </Text>
            <Text
              data-testid="booking-code"
              aria-labelledby="booking-code-label"
              fz={{ base: 32, sm: 44 }}
              fw={800}
              ff="monospace"
              style={{ letterSpacing: '0.08em', wordBreak: 'break-all' }}
            >
              {booking.bookingCode}
            </Text>
            <Text size="sm" c="gray.7" id="security-code-label" mt="sm">
              {t('confirmation.securityCodeLabel')}
            </Text>
            <Text data-testid="security-code" aria-labelledby="security-code-label" fz={28} fw={800} ff="monospace" style={{ letterSpacing: '0.2em' }}>
              {booking.securityCode}
            </Text>
          </Stack>
          <BookingQrCode code={booking.bookingCode} />
        </Group>
      </Card>
      <section aria-labelledby="appointments-heading">
        <Title order={2} size="h3" id="appointments-heading" mb="sm">
          {t('confirmation.appointments')}
        </Title>
        <List spacing="xs" data-testid="appointment-list">
          {appointments.map((a) => (
            <List.Item key={a.id}>
              <Text fw={700} span>
                {t('common.dose', { n: a.doseNumber })}:
              </Text>{' '}
              {formatDateTime(a.start, i18n.language)} – {centerName(a.centerId)} ({productName(products, a.product)})
            </List.Item>
          ))}
        </List>
      </section>
      <Alert color="blue" variant="light" title={t('confirmation.codeLabel')}>
        <Text c="dark.8">{t('confirmation.hint')}</Text>
        <Text c="dark.8" mt="xs">{t('confirmation.securityCodeHint')}</Text>
      </Alert>
      <Group>
        <Button component={Link} to="/booking" variant="outline">
          {t('confirmation.manage')}
        </Button>
        <Button variant="subtle" onClick={onNewBooking}>
          {t('confirmation.bookAnother')}
        </Button>
      </Group>
    </Stack>
  );
}
