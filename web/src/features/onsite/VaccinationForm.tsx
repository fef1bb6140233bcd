import { Alert, Button, Checkbox, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toDateTimeLocal } from '../../format';
import type { Product } from '../booking/api';
import { documentVaccination, type InjectionSite, type StaffAppointment, type VaccinationRecord } from './api';
import { deviationsOf, planText, recordProblem, timeOf, type AppointmentPlan } from './deviation';
import { DeviationReasonField } from './DeviationReasonField';
import { RecordFields } from './RecordFields';

// Fields of this form; a 422 naming only these is shown next to the fields.
const FORM_FIELDS = ['product', 'lotNumber', 'doseNumber', 'site', 'administeredAt', 'securityCode', 'securityOverrideReason', 'deviationReason'];

interface Props {
  appointment: StaffAppointment;
  products: Product[];
  onDone: (record: VaccinationRecord) => void;
  onCancel: () => void;
}

/**
 * Documents a vaccination. Product and dose start as the appointment's; choosing others (or a time on
 * another day) asks for the reason of the deviation, which the server requires as well.
 */
export function VaccinationForm({ appointment, products, onDone, onCancel }: Props) {
  const { t, i18n } = useTranslation();
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
  const [deviationReason, setDeviationReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});

  const plan: AppointmentPlan = { product: appointment.product, doseNumber: appointment.doseNumber, start: appointment.start };
  const deviations = deviationsOf(plan, { product, doseNumber: Number(doseNumber), administeredAt: timeOf(time) });

  const maxDoses = Math.max(products.find((p) => p.id === product)?.doses ?? 2, appointment.doseNumber, 2);

  const mutation = useMutation({
    // Offline the request fails at once and says so, instead of waiting (spinning) for the network.
    networkMode: 'always',
    mutationFn: documentVaccination,
    onSuccess: (record) => {
      void qc.invalidateQueries({ queryKey: ['staff', 'appointments'] });
      onDone(record);
    },
    onError: (err) => setErrors(recordProblem(err, t, FORM_FIELDS).fields),
  });

  // A problem about this form's fields is shown next to them; any other in an alert, both in the user's language.
  const problem = mutation.isError ? recordProblem(mutation.error, t, FORM_FIELDS) : null;
  // The reason is also asked for when the server wants one the form did not foresee (its clock or zone may differ).
  const askReason = deviations.length > 0 || Boolean(problem?.fields.deviationReason);

  function submit(e: FormEvent) {
    e.preventDefault();
    const errs: Record<string, string> = {};
    if (!lotNumber.trim()) errs.lotNumber = t('booking.errors.required');
    if (!time) errs.administeredAt = t('booking.errors.required');
    if (!withoutCode && !/^\d{4}$/.test(securityCode)) errs.securityCode = t('staff.securityCodeFormat');
    if (withoutCode && overrideReason.trim().length < 10) errs.securityOverrideReason = t('staff.overrideReasonTooShort');
    if (deviations.length > 0 && deviationReason.trim().length < 5) errs.deviationReason = t('console.record.deviation.tooShort');
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
      ...(askReason && deviationReason.trim() ? { deviationReason: deviationReason.trim() } : {}),
    });
  }

  const problemAlert = problem?.alert ?? null;

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {problemAlert && (
          <Alert color="red" variant="outline" role="alert" title={t('console.record.problems.title')} data-testid="record-problem">
            <Text size="sm" c="dark.8">
              {problemAlert}
            </Text>
          </Alert>
        )}
        <Text size="sm" data-testid="record-plan">
          {t('console.record.plan', { plan: planText(t, plan, products, i18n.language) })}
        </Text>
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
        {askReason && (
          <DeviationReasonField deviations={deviations} value={deviationReason} onChange={setDeviationReason} error={errors.deviationReason} />
        )}
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
