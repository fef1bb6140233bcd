import { NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product } from '../booking/api';
import { SITES, type InjectionSite } from './api';

export interface RecordValues {
  product: string;
  lotNumber: string;
  doseNumber: string;
  site: InjectionSite;
  time: string;
}

interface Props {
  values: RecordValues;
  onChange: (change: Partial<RecordValues>) => void;
  products: Pick<Product, 'id' | 'name'>[];
  maxDoses: number;
  errors: Record<string, string>;
  /** Where focus goes when the form opens: the product select (ref) or the lot number. */
  productRef?: Ref<HTMLSelectElement>;
  autofocusLot?: boolean;
}

/** The fields of a vaccination record, shared by documenting and correcting one. */
export function RecordFields({ values, onChange, products, maxDoses, errors, productRef, autofocusLot }: Props) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <NativeSelect
        ref={productRef}
        label={t('common.product')}
        value={values.product}
        onChange={(e) => onChange({ product: e.currentTarget.value })}
        data={products.map((p) => ({ value: p.id, label: p.name }))}
        error={errors.product}
      />
      <TextInput
        label={t('staff.lotNumber')}
        name="lotNumber"
        autoComplete="off"
        required
        value={values.lotNumber}
        onChange={(e) => onChange({ lotNumber: e.currentTarget.value })}
        error={errors.lotNumber}
        data-autofocus={autofocusLot || undefined}
      />
      <NativeSelect
        label={t('staff.doseNumber')}
        value={values.doseNumber}
        onChange={(e) => onChange({ doseNumber: e.currentTarget.value })}
        data={Array.from({ length: maxDoses }, (_, i) => String(i + 1))}
        error={errors.doseNumber}
      />
      <NativeSelect
        label={t('staff.site')}
        value={values.site}
        onChange={(e) => onChange({ site: e.currentTarget.value as InjectionSite })}
        data={SITES.map((s) => ({ value: s, label: t(`staff.sites.${s}`) }))}
        error={errors.site}
      />
      <TextInput
        label={t('staff.administeredAt')}
        type="datetime-local"
        required
        value={values.time}
        onChange={(e) => onChange({ time: e.currentTarget.value })}
        error={errors.administeredAt}
      />
    </SimpleGrid>
  );
}
