import { Alert, Loader, NativeSelect, NumberInput, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api';
import { addDays, formatDate, isoDay, isValidIsoDate } from '../../format';
import { ErrorAlert } from '../../routes/ErrorAlert';
import { ScrollTable } from '../../routes/ScrollTable';
import { can, type User } from '../auth/api';
import { productName, usePublicCenters, usePublicProducts } from '../booking/api';
import { useStaffCenters } from '../onsite/api';
import { setDosePlan, useDosePlans, type DosePlan } from './api';

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

/** One day × product: the planned doses (edited in place, saved on Enter or when leaving the field) and the booked ones. */
function DoseCell({ centerId, day, product, productLabel, plan, editable }: CellProps) {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const saved = plan?.doses;
  const [value, setValue] = useState<string>(saved === undefined ? '' : String(saved));
  const [clientError, setClientError] = useState<string | undefined>();
  const [justSaved, setJustSaved] = useState(false);
  useEffect(() => setValue(saved === undefined ? '' : String(saved)), [saved]);

  const save = useMutation({
    mutationFn: setDosePlan,
    onSuccess: (row) => {
      setJustSaved(true);
      qc.setQueriesData<DosePlan[]>({ queryKey: ['staff', 'dose-plans', centerId] }, (rows) => {
        if (!rows) return rows;
        const others = rows.filter((r) => !(r.day === row.day && r.product === row.product));
        return [...others, row];
      });
      void qc.invalidateQueries({ queryKey: ['staff', 'dose-plans', centerId] });
    },
  });

  function commit() {
    const trimmed = value.trim();
    if (trimmed === '' || Number(trimmed) === saved) {
      setClientError(undefined);
      return;
    }
    const n = Number(trimmed);
    if (!Number.isInteger(n) || n < 0 || n > 100_000) {
      setClientError(t('console.plans.dosesInvalid'));
      return;
    }
    setClientError(undefined);
    setJustSaved(false);
    save.mutate({ centerId, day, product, doses: n });
  }

  const serverError =
    save.error instanceof ApiError
      ? (Object.values(save.error.fieldErrors(i18n.language))[0] ?? save.error.text(i18n.language))
      : save.error
        ? t('app.genericError')
        : undefined;
  const booked = plan?.booked;
  const label = t('console.plans.dosesFor', { product: productLabel, day: formatDate(day, i18n.language) });

  return (
    <Table.Td data-testid="plan-cell" data-day={day} data-product={product}>
      <Stack gap={2}>
        {editable ? (
          <NumberInput
            aria-label={label}
            size="xs"
            w={110}
            min={0}
            max={100000}
            allowDecimal={false}
            allowNegative={false}
            hideControls
            placeholder={t('console.plans.noPlan')}
            value={value}
            onChange={(v) => {
              setValue(String(v));
              setJustSaved(false);
            }}
            onBlur={commit}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                commit();
              }
            }}
            error={clientError ?? serverError}
            rightSection={save.isPending ? <Loader size={12} aria-label={t('app.loading')} /> : undefined}
          />
        ) : (
          <Text size="sm" data-testid="plan-doses">
            {saved === undefined ? t('console.plans.noPlan') : t('console.plans.doses', { count: saved })}
          </Text>
        )}
        {booked !== undefined && (
          <Text size="xs" data-testid="plan-booked">
            {t('console.plans.booked', { count: booked })}
          </Text>
        )}
        <Text size="xs" c="teal.9" role="status" data-testid="plan-saved">
          {justSaved ? t('console.plans.saved') : ''}
        </Text>
      </Stack>
    </Table.Td>
  );
}

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
