import { Button, Checkbox, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api';
import { ErrorAlert } from '../../routes/ErrorAlert';
import { toDateTimeLocal } from '../../format';
import type { Product } from '../booking/api';
import { documentVaccination, type InjectionSite, type StaffAppointment, type VaccinationRecord } from './api';
import { RecordFields } from './RecordFields';

interface Props {
  appointment: StaffAppointment;
  products: Product[];
  onDone: (record: VaccinationRecord) => void;
  onCancel: () => void;
}

export function VaccinationForm({ appointment, products, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [product, setProduct] = useState(appointment.product);
  const [lotNumber, setLotNumber] = useState('');
  const [doseNumber, setDoseNumber] = useState(String(appointment.doseNumber));
  const [site, setSite] = useState<InjectionSite>('left_upper_arm');
  const [initialTime] = useState(() => toDateTimeLocal());
  const [time, setTime] = useState(initialTime);
  const [securityCode, setSecurityCode] = useState('');
  const [withoutCode, setWithoutCode] = useState(false);
  const [overrideReason, setOverrideReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});

  const maxDoses = Math.max(products.find((p) => p.id === product)?.doses ?? 2, appointment.doseNumber, 2);

  const mutation = useMutation({
    mutationFn: documentVaccination,
    onSuccess: (record) => {
      void qc.invalidateQueries({ queryKey: ['staff', 'appointments'] });
      onDone(record);
    },
    onError: (err) => {
      if (err instanceof ApiError && err.status === 422) setErrors(err.fieldErrors());
    },
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    const errs: Record<string, string> = {};
    if (!lotNumber.trim()) errs.lotNumber = t('booking.errors.required');
    if (!time) errs.administeredAt = t('booking.errors.required');
    if (!withoutCode && !/^\d{4}$/.test(securityCode)) errs.securityCode = t('staff.securityCodeFormat');
    if (withoutCode && overrideReason.trim().length < 10) errs.securityOverrideReason = t('staff.overrideReasonTooShort');
    setErrors(errs);
    if (Object.keys(errs).length) return;
    mutation.mutate({
      appointmentId: appointment.id,
      product,
      lotNumber: lotNumber.trim(),
      doseNumber: Number(doseNumber),
      site,
      // Only send a time when it was changed; otherwise the server records "now".
      administeredAt: time !== initialTime ? new Date(time).toISOString() : undefined,
      ...(withoutCode ? { securityOverrideReason: overrideReason.trim() } : { securityCode }),
    });
  }

  // A 422 whose errors all belong to fields of this form is shown next to the fields only.
  const FORM_FIELDS = ['product', 'lotNumber', 'doseNumber', 'site', 'administeredAt', 'securityCode', 'securityOverrideReason'];
  const fieldErrorsShown =
    mutation.error instanceof ApiError &&
    mutation.error.status === 422 &&
    (mutation.error.problem.errors ?? []).length > 0 &&
    (mutation.error.problem.errors ?? []).every((e) => FORM_FIELDS.includes(e.field));

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {mutation.isError && !fieldErrorsShown && <ErrorAlert error={mutation.error} />}
        <RecordFields
          values={{ product, lotNumber, doseNumber, site, time }}
          onChange={(c) => {
          if (c.product !== undefined) setProduct(c.product);
          if (c.lotNumber !== undefined) setLotNumber(c.lotNumber);
          if (c.doseNumber !== undefined) setDoseNumber(c.doseNumber);
          if (c.site !== undefined) setSite(c.site);
          if (c.time !== undefined) setTime(c.time);
        }}
          products={products}
          maxDoses={maxDoses}
          errors={errors}
          autofocusLot
        />
        {withoutCode ? (
          <Textarea
            label={t('staff.overrideReason')}
            description={t('staff.overrideReasonHelp')}
            required
            autosize
            minRows={2}
            value={overrideReason}
            onChange={(e) => setOverrideReason(e.currentTarget.value)}
            error={errors.securityOverrideReason}
          />
        ) : (
          <TextInput
            label={t('staff.securityCode')}
            description={t('staff.securityCodeHelp')}
            name="securityCode"
            inputMode="numeric"
            autoComplete="off"
            maxLength={4}
            required
            value={securityCode}
            onChange={(e) => setSecurityCode(e.currentTarget.value.replace(/\D/g, ''))}
            error={errors.securityCode}
            w={{ base: '100%', sm: 260 }}
          />
        )}
        <Checkbox label={t('staff.withoutCode')} checked={withoutCode} onChange={(e) => setWithoutCode(e.currentTarget.checked)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t('staff.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
