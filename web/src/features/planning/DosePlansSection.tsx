import { Alert, Button, Checkbox, Group, Loader, NativeSelect, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api';
import { addDays, formatDate, isoDay, isValidIsoDate } from '../../format';
import { ErrorAlert } from '../../routes/ErrorAlert';
import { ScrollTable } from '../../routes/ScrollTable';
import { can, type User } from '../auth/api';
import { productName, usePublicCenters, usePublicProducts } from '../booking/api';
import { useStaffCenters } from '../onsite/api';
import { isBelowBooked, parseDoses, removeDosePlan, setDosePlan, setDosePlanRange, useDosePlans, type DosePlan } from './api';

function dayCount(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) + 1;
}

interface CellProps {
  centerId: string;
  day: string;
  product: string;
  productLabel: string;
  plan: DosePlan | undefined;
  editable: boolean;
}

type CellStatus = 'saved' | 'removed' | null;

/**
 * One day × product: the planned doses (edited in place, saved on Enter or when leaving the field; empty
 * removes the plan) and the doses booked, shown whether there is a plan or not. A plan below the doses
 * already booked asks first.
 */
function DoseCell({ centerId, day, product, productLabel, plan, editable }: CellProps) {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const saved = plan?.doses ?? null;
  const booked = plan?.booked ?? 0;
  const [value, setValue] = useState<string>(saved === null ? '' : String(saved));
  const [clientError, setClientError] = useState<string | undefined>();
  const [status, setStatus] = useState<CellStatus>(null);
  const [below, setBelow] = useState<number | null>(null);
  useEffect(() => setValue(saved === null ? '' : String(saved)), [saved]);

  const refresh = () => qc.invalidateQueries({ queryKey: ['staff', 'dose-plans', centerId] });
  const save = useMutation({
    mutationFn: setDosePlan,
    onSuccess: (row) => {
      setStatus('saved');
      setBelow(null);
      qc.setQueriesData<DosePlan[]>({ queryKey: ['staff', 'dose-plans', centerId] }, (rows) => {
        if (!rows) return rows;
        const others = rows.filter((r) => !(r.day === row.day && r.product === row.product));
        return [...others, row];
      });
      void refresh();
    },
    onError: (e, vars) => {
      // The bookings changed since the page loaded: ask, as for a plan typed below them.
      if (isBelowBooked(e) && !vars.acceptBelowBooked) setBelow(vars.doses);
    },
  });
  const remove = useMutation({
    mutationFn: removeDosePlan,
    onSuccess: () => {
      setStatus('removed');
      setBelow(null);
      void refresh();
    },
  });

  function commit() {
    const parsed = parseDoses(value);
    if (!parsed.ok) {
      setClientError(t('console.plans.dosesInvalid'));
      setBelow(null);
      return;
    }
    setClientError(undefined);
    if (parsed.doses === saved) {
      setBelow(null);
      return;
    }
    setStatus(null);
    save.reset();
    remove.reset();
    if (parsed.doses === null) {
      remove.mutate({ centerId, day, product });
      return;
    }
    if (parsed.doses < booked) {
      setBelow(parsed.doses);
      return;
    }
    setBelow(null);
    save.mutate({ centerId, day, product, doses: parsed.doses });
  }

  function cancelBelow() {
    setBelow(null);
    setValue(saved === null ? '' : String(saved));
  }

  const failed = save.error && !(isBelowBooked(save.error) && below !== null) ? save.error : remove.error;
  const serverError =
    failed instanceof ApiError ? (Object.values(failed.fieldErrors(i18n.language))[0] ?? failed.text(i18n.language)) : failed ? t('app.genericError') : undefined;
  const label = t('console.plans.dosesFor', { product: productLabel, day: formatDate(day, i18n.language) });
  const pending = save.isPending || remove.isPending;

  return (
    <Table.Td data-testid="plan-cell" data-day={day} data-product={product}>
      <Stack gap={2}>
        {editable ? (
          <TextInput
            aria-label={label}
            size="xs"
            w={110}
            inputMode="numeric"
            autoComplete="off"
            placeholder={t('console.plans.noPlan')}
            value={value}
            onChange={(e) => {
              setValue(e.currentTarget.value);
              setStatus(null);
            }}
            onBlur={commit}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                commit();
              }
            }}
            error={clientError ?? serverError}
            rightSection={pending ? <Loader size={12} aria-label={t('app.loading')} /> : undefined}
          />
        ) : (
          <Text size="sm" data-testid="plan-doses">
            {saved === null ? t('console.plans.noPlan') : t('console.plans.doses', { count: saved })}
          </Text>
        )}
        <Text size="xs" data-testid="plan-booked">
          {t('console.plans.booked', { count: booked })}
        </Text>
        {below !== null && (
          <Alert color="orange" variant="outline" p="xs" role="alert" data-testid="plan-below">
            <Stack gap={4}>
              <Text size="xs">{t('console.plans.belowWarning', { count: booked, doses: below })}</Text>
              <Group gap={4}>
                <Button size="compact-xs" onClick={() => save.mutate({ centerId, day, product, doses: below, acceptBelowBooked: true })}>
                  {t('console.plans.belowConfirm')}
                </Button>
                <Button size="compact-xs" variant="default" onClick={cancelBelow}>
                  {t('common.cancel')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        )}
        <Text size="xs" c="teal.9" role="status" data-testid="plan-saved">
          {status === 'saved' ? t('console.plans.saved') : status === 'removed' ? t('console.plans.removed') : ''}
        </Text>
      </Stack>
    </Table.Td>
  );
}

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** Fills a range of days at once: from/to, weekdays, product and doses per day. */
function RangeForm({ centerId, products, productLabel, onDone }: { centerId: string; products: string[]; productLabel: (id: string) => string; onDone: (from: string, to: string) => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [product, setProduct] = useState('');
  const [from, setFrom] = useState(() => addDays(isoDay(), 1));
  const [to, setTo] = useState(() => addDays(isoDay(), 7));
  const [weekdays, setWeekdays] = useState<string[]>(['1', '2', '3', '4', '5']);
  const [doses, setDoses] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [below, setBelow] = useState(false);
  const fill = useMutation({
    mutationFn: setDosePlanRange,
    onSuccess: (_rows, vars) => {
      setBelow(false);
      void qc.invalidateQueries({ queryKey: ['staff', 'dose-plans', centerId] });
      onDone(vars.from, vars.to);
    },
    onError: (e, vars) => setBelow(isBelowBooked(e) && !vars.acceptBelowBooked),
  });
  const chosen = product || products[0] || '';

  function submit(e: FormEvent, acceptBelowBooked = false) {
    e.preventDefault();
    const errs: Record<string, string> = {};
    const parsed = parseDoses(doses);
    if (!parsed.ok || parsed.doses === null) errs.doses = t('console.plans.dosesInvalid');
    if (!isValidIsoDate(from)) errs.from = t('console.plans.dateInvalid');
    if (!isValidIsoDate(to)) errs.to = t('console.plans.dateInvalid');
    else if (isValidIsoDate(from) && (to < from || dayCount(from, to) > 93)) errs.to = t('console.plans.rangeInvalid');
    if (!weekdays.length) errs.weekdays = t('console.plans.weekdaysRequired');
    if (!chosen) errs.product = t('console.plans.productRequired');
    setErrors(errs);
    if (Object.keys(errs).length) return;
    fill.mutate({ centerId, product: chosen, from, to, weekdays: weekdays.map(Number).sort(), doses: (parsed as { doses: number }).doses, acceptBelowBooked: acceptBelowBooked || undefined });
  }

  return (
    <form onSubmit={(e) => submit(e)} noValidate aria-labelledby="plans-range-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="plans-range-heading">
          {t('console.plans.rangeTitle')}
        </Title>
        <Text size="sm">{t('console.plans.rangeIntro')}</Text>
        <SimpleGrid cols={{ base: 1, sm: 4 }}>
          <NativeSelect
            label={t('console.plans.product')}
            value={chosen}
            onChange={(e) => setProduct(e.currentTarget.value)}
            data={products.map((p) => ({ value: p, label: productLabel(p) }))}
            error={errors.product}
          />
          <TextInput type="date" label={t('console.plans.rangeFrom')} value={from} onChange={(e) => setFrom(e.currentTarget.value)} error={errors.from} />
          <TextInput type="date" label={t('console.plans.rangeTo')} value={to} onChange={(e) => setTo(e.currentTarget.value)} error={errors.to} />
          <TextInput
            label={t('console.plans.dosesPerDay')}
            inputMode="numeric"
            autoComplete="off"
            value={doses}
            onChange={(e) => setDoses(e.currentTarget.value)}
            error={errors.doses}
          />
        </SimpleGrid>
        <Checkbox.Group label={t('console.plans.weekdays')} value={weekdays} onChange={setWeekdays} error={errors.weekdays}>
          <Group gap="sm" mt={4}>
            {WEEKDAYS.map((d) => (
              <Checkbox key={d} value={String(d)} label={t(`console.plans.weekday.${d}`)} />
            ))}
          </Group>
        </Checkbox.Group>
        {fill.isError && !below && <ErrorAlert error={fill.error} />}
        {below && (
          <Alert color="orange" variant="outline" role="alert" data-testid="range-below">
            <Stack gap="xs">
              <Text size="sm">{t('console.plans.rangeBelowWarning')}</Text>
              <Group gap="sm">
                <Button onClick={(e) => submit(e, true)}>
                  {t('console.plans.belowConfirm')}
                </Button>
                <Button variant="default" onClick={() => setBelow(false)}>
                  {t('common.cancel')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        )}
        {fill.isSuccess && (
          <Text size="sm" c="teal.9" role="status" data-testid="range-result">
            {t('console.plans.rangeDone', { count: fill.data.length })}
          </Text>
        )}
        <div>
          <Button type="submit" loading={fill.isPending}>
            {t('console.plans.rangeSubmit')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}

// The table sits in a focusable region (not Mantine's ScrollContainer), so keyboard users can scroll it sideways on a phone.
/** Managers and admins: doses a center expects per day and product (bookings may not exceed them). */
export function DosePlansSection({ user }: { user: User }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const centers = useStaffCenters(true);
  const publicCenters = usePublicCenters();
  const products = usePublicProducts();
  const [centerId, setCenterId] = useState(user.centerId ?? '');
  const [from, setFrom] = useState(() => isoDay());
  const [to, setTo] = useState(() => addDays(isoDay(), 13));
  const editable = can(user, 'dosePlans.write');

  useEffect(() => {
    if (!centerId && centers.data?.length === 1) setCenterId(centers.data[0].id);
  }, [centerId, centers.data]);

  const rangeValid = isValidIsoDate(from) && isValidIsoDate(to) && to >= from && dayCount(from, to) <= 93;
  const plans = useDosePlans(centerId, from, to, Boolean(centerId && rangeValid));
  const centerProducts = useMemo(() => {
    const offered = publicCenters.data?.find((c) => c.id === centerId)?.products;
    const all = (products.data ?? []).map((p) => p.id);
    return offered?.length ? offered : all;
  }, [publicCenters.data, products.data, centerId]);
  const days = useMemo(() => (rangeValid ? Array.from({ length: dayCount(from, to) }, (_, i) => addDays(from, i)) : []), [from, to, rangeValid]);
  const planOf = (day: string, product: string) => plans.data?.find((p) => p.day === day && p.product === product);

  return (
    <Stack gap="md">
      <Title order={1}>{t('console.plans.title')}</Title>
      <Text>{editable ? t('console.plans.intro') : t('console.plans.introReadOnly')}</Text>
      <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
        {centers.isError ? (
          <ErrorAlert error={centers.error} />
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NativeSelect
              label={t('staff.center')}
              value={centerId}
              onChange={(e) => setCenterId(e.currentTarget.value)}
              disabled={Boolean(user.centerId) && (centers.data?.length ?? 0) <= 1}
              data={[
                { value: '', label: centers.isPending ? t('app.loading') : t('staff.centerPlaceholder') },
                ...(centers.data ?? []).map((c) => ({ value: c.id, label: `${c.name} (${c.region})` })),
              ]}
            />
            <TextInput type="date" label={t('console.plans.from')} value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
            <TextInput
              type="date"
              label={t('console.plans.to')}
              value={to}
              onChange={(e) => setTo(e.currentTarget.value)}
              error={!rangeValid && isValidIsoDate(from) && isValidIsoDate(to) ? t('console.plans.rangeInvalid') : undefined}
            />
          </SimpleGrid>
        )}
      </Paper>

      {editable && centerId && centerProducts.length > 0 && (
        <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
          {/* Not a section: the form inside is the landmark this heading names (two landmarks of one name confuse). */}
          <RangeForm
            centerId={centerId}
            products={centerProducts}
            productLabel={(p) => productName(products.data, p)}
            onDone={(f, tt) => {
              // Show what was filled when it lies outside the days on screen.
              if (f < from || tt > to) {
                setFrom(f);
                setTo(tt);
              }
            }}
          />
        </Paper>
      )}

      <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby="plans-heading">
        <Title order={2} size="h4" id="plans-heading" mb="xs">
          {t('console.plans.tableTitle')}
        </Title>
        {!centerId ? (
          <Text>{t('staff.chooseCenter')}</Text>
        ) : !rangeValid ? (
          <Alert color="red" variant="outline" role="alert">
            {t('console.plans.rangeInvalid')}
          </Alert>
        ) : plans.isPending ? (
          <Loader size="sm" aria-label={t('app.loading')} />
        ) : plans.isError ? (
          <ErrorAlert error={plans.error} />
        ) : (
          <ScrollTable minWidth={200 + centerProducts.length * 150} label={t('console.plans.tableTitle')}>
            <Table striped verticalSpacing="xs" data-testid="plans-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('console.plans.day')}</Table.Th>
                  {centerProducts.map((p) => (
                    <Table.Th scope="col" key={p}>
                      {productName(products.data, p)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {days.map((day) => (
                  <Table.Tr key={day} data-testid="plan-row" data-day={day}>
                    <Table.Th scope="row" fw={500}>
                      {formatDate(day, lng)}
                    </Table.Th>
                    {centerProducts.map((p) => (
                      <DoseCell
                        key={`${centerId}:${day}:${p}`}
                        centerId={centerId}
                        day={day}
                        product={p}
                        productLabel={productName(products.data, p)}
                        plan={planOf(day, p)}
                        editable={editable}
                      />
                    ))}
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
