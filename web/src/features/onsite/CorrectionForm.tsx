import { Alert, Button, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api';
import { toDateTimeLocal } from '../../format';
import type { Product } from '../booking/api';
import {
  applyCorrection,
  correctVaccination,
  type CorrectionInput,
  type InjectionSite,
  type VaccinationRecord,
} from './api';
import { deviationsOf, planText, recordProblem, timeOf } from './deviation';
import { DeviationReasonField } from './DeviationReasonField';
import { RecordFields } from './RecordFields';

interface Props {
  record: VaccinationRecord;
  products: Product[];
  onDone: (record: VaccinationRecord) => void;
  onCancel: () => void;
}

// Fields of this form; a 422 naming only these is shown next to the fields.
const FORM_FIELDS = ['product', 'lotNumber', 'doseNumber', 'site', 'administeredAt', 'reason', 'deviationReason'];

/**
 * Corrects a documented vaccination. The record itself is immutable: the server appends a new
 * record that supersedes it. Only the changed fields are sent, together with the reason. The corrected
 * record must still agree with the appointment, or give the reason for deviating from it.
 */
export function CorrectionForm({ record, products, onDone, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const [product, setProduct] = useState(record.product);
  const [lotNumber, setLotNumber] = useState(record.lotNumber);
  const [doseNumber, setDoseNumber] = useState(String(record.doseNumber));
  const [site, setSite] = useState<InjectionSite>(record.site);
  const [initialTime] = useState(() => toDateTimeLocal(new Date(record.administeredAt)));
  const [time, setTime] = useState(initialTime);
  const [reason, setReason] = useState('');
  const [deviationReason, setDeviationReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [nothingChanged, setNothingChanged] = useState(false);
  const firstField = useRef<HTMLSelectElement>(null);

  // The form replaces the record view inside the open dialog: move the focus into it.
  useEffect(() => {
    firstField.current?.focus();
  }, []);

  const productOptions = products.some((p) => p.id === record.product)
    ? products
    : [{ id: record.product, name: record.product, doses: record.doseNumber } as Product, ...products];
  const maxDoses = Math.max(productOptions.find((p) => p.id === product)?.doses ?? 2, record.doseNumber, 2);

  // Checked against the original appointment; a reason the record gave for the same deviation still holds.
  const plan = record.appointment;
  const deviations = plan ? deviationsOf(plan, { product, doseNumber: Number(doseNumber), administeredAt: timeOf(time) }) : [];
  const before = plan ? deviationsOf(plan, { product: record.product, doseNumber: record.doseNumber, administeredAt: new Date(record.administeredAt) }) : [];
  const carried = record.deviationReason && deviations.every((f) => before.includes(f)) ? record.deviationReason : null;

  const mutation = useMutation({
    // Offline the request fails at once and says so, instead of waiting (spinning) for the network.
    networkMode: 'always',
    mutationFn: (body: CorrectionInput) => correctVaccination(record.id, body),
    onSuccess: (created) => {
      applyCorrection(qc, record, created);
      onDone(created);
    },
    onError: (err) => {
      setErrors(recordProblem(err, t, FORM_FIELDS).fields);
      // Someone else corrected it first: the day board must point at the newest record.
      if (err instanceof ApiError && err.status === 409) void qc.invalidateQueries({ queryKey: ['staff'] });
    },
  });

  // A problem about this form's fields is shown next to them; any other in an alert, both in the user's language.
  const problem = mutation.isError ? recordProblem(mutation.error, t, FORM_FIELDS) : null;
  // The reason is also asked for when the server wants one the form did not foresee (its clock or zone may differ).
  const askReason = deviations.length > 0 || Boolean(problem?.fields.deviationReason);

  function submit(e: FormEvent) {
    e.preventDefault();
    const errs: Record<string, string> = {};
    const lot = lotNumber.trim();
    const why = reason.trim();
    if (!lot) errs.lotNumber = t('booking.errors.required');
    if (!time) errs.administeredAt = t('booking.errors.required');
    if (why.length < 3) errs.reason = t('staff.reasonTooShort');
    else if (why.length > 500) errs.reason = t('staff.reasonTooLong');
    const deviationWhy = deviationReason.trim();
    if (deviations.length > 0 && (deviationWhy ? deviationWhy.length < 5 : !carried)) errs.deviationReason = t('console.record.deviation.tooShort');
    setErrors(errs);
    setNothingChanged(false);
    if (Object.keys(errs).length) return;

    const body: CorrectionInput = { reason: why };
    if (product !== record.product) body.product = product;
    if (lot !== record.lotNumber) body.lotNumber = lot;
    if (Number(doseNumber) !== record.doseNumber) body.doseNumber = Number(doseNumber);
    if (site !== record.site) body.site = site;
    if (time !== initialTime) body.administeredAt = new Date(time).toISOString();
    if (Object.keys(body).length === 1) {
      setNothingChanged(true);
      return;
    }
    if (askReason && deviationWhy) body.deviationReason = deviationWhy;
    mutation.mutate(body);
  }

  const err = mutation.error;
  const conflict = err instanceof ApiError && err.status === 409;
  const problemAlert = problem?.alert ?? null;

  return (
    <form onSubmit={submit} noValidate aria-labelledby="correction-heading" data-testid="correction-form">
      <Stack gap="sm">
        <Title order={3} size="h5" id="correction-heading">
          {t('staff.correctTitle')}
        </Title>
        <Text size="sm">{t('staff.correctionHint')}</Text>
        {conflict ? (
          <Alert color="red" variant="outline" role="alert" title={t('staff.correctionConflictTitle')} data-testid="correction-conflict">
            {t('staff.correctionConflict')}
          </Alert>
        ) : (
          problemAlert && (
            <Alert color="red" variant="outline" role="alert" title={t('console.record.problems.title')} data-testid="record-problem">
              <Text size="sm" c="dark.8">
                {problemAlert}
              </Text>
            </Alert>
          )
        )}
        {nothingChanged && (
          <Alert color="red" variant="outline" role="alert">
            {t('staff.nothingChanged')}
          </Alert>
        )}
        {plan && (
          <Text size="sm" data-testid="record-plan">
            {t('console.record.plan', { plan: planText(t, plan, products, i18n.language) })}
          </Text>
        )}
        <RecordFields
          values={{ product, lotNumber, doseNumber, site, time }}
          onChange={(c) => {
          if (c.product !== undefined) setProduct(c.product);
          if (c.lotNumber !== undefined) setLotNumber(c.lotNumber);
          if (c.doseNumber !== undefined) setDoseNumber(c.doseNumber);
          if (c.site !== undefined) setSite(c.site);
          if (c.time !== undefined) setTime(c.time);
        }}
          products={productOptions}
          maxDoses={maxDoses}
          errors={errors}
          productRef={firstField}
        />
        {askReason && (
          <DeviationReasonField
            deviations={deviations}
            value={deviationReason}
            onChange={setDeviationReason}
            error={errors.deviationReason}
            carried={carried}
          />
        )}
        <Textarea
          label={t('staff.reason')}
          name="reason"
          required
          autosize
          minRows={2}
          maxRows={6}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={errors.reason}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t('staff.saveCorrection')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
