import { Alert, Button, Group, List, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ApiError, errorCode } from '../../api';
import { formatDateTime, formatDayLong, formatTime } from '../../format';
import { ErrorAlert } from '../../routes/ErrorAlert';
import { Confirmation } from '../booking/Confirmation';
import { SlotChooser, type CenterProduct } from '../booking/SlotChooser';
import { productName, usePublicCenters, usePublicProducts, type BookingCreated, type Slot } from '../booking/api';
import { explain } from '../../problems';
import { bookWithInvitation, declineInvitation, type Invitation } from './api';

interface Props {
  token: string;
  invitation: Invitation;
}

/** An open invitation: greeting, expiry, allowed vaccines, slot choice, booking, or declining. */
export function InvitationBooking({ token, invitation }: Props) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const centers = usePublicCenters();
  const products = usePublicProducts();
  const [choice, setChoice] = useState<CenterProduct>({ centerId: '', product: '' });
  const [slot, setSlot] = useState<Slot | null>(null);
  const [booking, setBooking] = useState<BookingCreated | null>(null);
  const [declineOpen, setDeclineOpen] = useState(false);
  const [declined, setDeclined] = useState(false);
  const confirmHeadingRef = useRef<HTMLHeadingElement>(null);
  const slotsHeadingRef = useRef<HTMLHeadingElement>(null);
  const declinedRef = useRef<HTMLHeadingElement>(null);

  const decision = invitation.decision;
  const allowed = decision ? decision.products.filter((p) => p.allowed).map((p) => p.id) : undefined;

  const book = useMutation({
    mutationFn: (v: { slotId: string; product: string }) => bookWithInvitation(token, v),
    onSuccess: (data) => {
      setBooking(data);
      // Not the invitation itself: refetched, it would say "accepted" instead of this confirmation.
      void queryClient.invalidateQueries({ queryKey: ['public', 'slots'] });
    },
  });

  const decline = useMutation({
    mutationFn: () => declineInvitation(token),
    onSuccess: () => {
      setDeclineOpen(false);
      setDeclined(true);
      requestAnimationFrame(() => declinedRef.current?.focus());
    },
  });

  if (booking) {
    return <Confirmation booking={booking} centers={centers.data} products={products.data} onNewBooking={() => navigate('/')} />;
  }

  if (declined) {
    return (
      <Stack gap="lg">
        <Title order={1} ref={declinedRef} tabIndex={-1}>
          {t('portal.invitation.declinedTitle')}
        </Title>
        <Alert color="blue" variant="light" role="status" data-testid="decline-confirmation">
          <Text c="dark.8">{t('portal.invitation.declinedText')}</Text>
        </Alert>
      </Stack>
    );
  }

  function selectSlot(s: Slot) {
    setSlot(s);
    book.reset();
    requestAnimationFrame(() => confirmHeadingRef.current?.focus());
  }

  function pickAnother() {
    setSlot(null);
    book.reset();
    void queryClient.invalidateQueries({ queryKey: ['public', 'slots'] });
    requestAnimationFrame(() => slotsHeadingRef.current?.focus());
  }

  const bookError = book.error;
  const code = errorCode(bookError);
  const bookStatus = bookError instanceof ApiError ? bookError.status : null;

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('portal.invitation.title')}</Title>
        <Text mt="xs" size="lg" data-testid="invitation-greeting">
          {t('portal.invitation.greeting', { name: invitation.givenName })}
        </Text>
        <Text mt="xs">{t('portal.invitation.intro')}</Text>
        <Text mt="xs" fw={700} data-testid="invitation-expiry">
          {t('portal.invitation.expires', { when: formatDateTime(invitation.expiresAt, lng) })}
        </Text>
      </div>

      <Paper withBorder p={{ base: 'sm', sm: 'lg' }} component="section" aria-labelledby="inv-products-heading">
        <Title order={2} size="h3" id="inv-products-heading" mb="sm">
          {t('portal.invitation.productsHeading')}
        </Title>
        {decision && <Text mb="xs">{explain(decision.explanation, lng)}</Text>}
        {decision ? (
          <List spacing={4} data-testid="allowed-products">
            {decision.products.map((p) => (
              <List.Item key={p.id}>
                <Text span fw={700}>
                  {productName(products.data, p.id)}
                </Text>
                {': '}
                {p.allowed ? t('portal.invitation.productAllowed') : explain(p.explanation, lng)}
              </List.Item>
            ))}
          </List>
        ) : (
          <Text>{t('portal.invitation.allProducts')}</Text>
        )}
      </Paper>

      <SlotChooser
        idPrefix="inv"
        value={choice}
        onChange={(v) => {
          setChoice(v);
          setSlot(null);
        }}
        allowedProducts={allowed}
        selectedSlotId={slot?.id ?? null}
        onSelectSlot={selectSlot}
        step1Title={t('booking.step1')}
        step2Title={t('booking.step2')}
        slotsHeadingRef={slotsHeadingRef}
      />

      {slot && (
        <Paper withBorder p={{ base: 'sm', sm: 'lg' }} component="section" aria-labelledby="inv-confirm-heading">
          <Title order={2} size="h3" id="inv-confirm-heading" mb="xs" ref={confirmHeadingRef} tabIndex={-1}>
            {t('portal.invitation.step3')}
          </Title>
          <Text mb="sm" data-testid="selected-slot">
            {t('booking.selectedSlot', { day: formatDayLong(slot.start, lng), time: formatTime(slot.start, lng) })}
          </Text>
          {bookError && (bookStatus === 403 || bookStatus === 409 || bookStatus === 410) ? (
            <Alert color="red" variant="outline" role="alert" title={t('booking.conflictTitle')} mb="sm" data-testid="booking-conflict">
              <Text>
                {bookStatus === 403
                  ? explain(bookError instanceof ApiError ? bookError.problem.explanation : null, lng) || t('portal.invitation.productRefused')
                  : code === 'slot-full' || code === 'slot-past'
                    ? t('portal.invitation.slotGone')
                    : t('portal.invitation.noLongerValid')}
              </Text>
            </Alert>
          ) : bookError ? (
            <ErrorAlert error={bookError} mb="sm" />
          ) : null}
          <Group>
            <Button size="md" loading={book.isPending} onClick={() => book.mutate({ slotId: slot.id, product: choice.product })}>
              {t('booking.submit')}
            </Button>
            <Button variant="subtle" onClick={pickAnother}>
              {t('booking.pickAnother')}
            </Button>
          </Group>
        </Paper>
      )}

      <Paper withBorder p={{ base: 'sm', sm: 'lg' }} component="section" aria-labelledby="inv-decline-heading">
        <Title order={2} size="h3" id="inv-decline-heading" mb="xs">
          {t('portal.invitation.declineHeading')}
        </Title>
        <Text mb="sm">{t('portal.invitation.declineHint')}</Text>
        <Button variant="outline" color="red.9" onClick={() => setDeclineOpen(true)}>
          {t('portal.invitation.decline')}
        </Button>
      </Paper>

      <Modal
        opened={declineOpen}
        onClose={() => setDeclineOpen(false)}
        title={t('portal.invitation.declineConfirmTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack>
          <Text>{t('portal.invitation.declineConfirmText')}</Text>
          {decline.isError && <ErrorAlert error={decline.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDeclineOpen(false)}>
              {t('portal.invitation.declineNo')}
            </Button>
            <Button color="red.9" loading={decline.isPending} onClick={() => decline.mutate()}>
              {t('portal.invitation.declineYes')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
