import { Button, Group, Loader, Paper, Radio, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes, useNavigate } from 'react-router-dom';
import { formatDate, isValidIsoDate } from '../../format';
import { ErrorAlert } from '../../routes/ErrorAlert';
import { ScrollTable } from '../../routes/ScrollTable';
import { useSearch, type SearchQuery } from './api';
import { PersonView } from './PersonView';
import { RegisterPersonForm } from './RegisterPersonForm';

type Mode = 'name' | 'email' | 'phone' | 'bookingCode';

function SearchPanel() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const navigate = useNavigate();
  const [mode, setMode] = useState<Mode>('name');
  const [v, setV] = useState({ givenName: '', familyName: '', birthDate: '', email: '', phone: '', bookingCode: '' });
  const [errors, setErrors] = useState<Partial<Record<keyof typeof v, string>>>({});
  const [query, setQuery] = useState<SearchQuery | null>(null);
  const [registering, setRegistering] = useState(false);
  const results = useSearch(query);

  const set = (k: keyof typeof v) => (e: React.ChangeEvent<HTMLInputElement>) => {
    const value = e.currentTarget.value;
    setV((prev) => ({ ...prev, [k]: value }));
    setErrors((prev) => ({ ...prev, [k]: undefined }));
  };

  function submit(e: FormEvent) {
    e.preventDefault();
    const errs: typeof errors = {};
    const req = (k: keyof typeof v) => {
      if (!v[k].trim()) errs[k] = t('common.required');
    };
    if (mode === 'name') {
      req('givenName');
      req('familyName');
      req('birthDate');
      if (v.birthDate && !isValidIsoDate(v.birthDate)) errs.birthDate = t('booking.errors.birthDate');
    } else req(mode);
    setErrors(errs);
    if (Object.keys(errs).length) return;
    setQuery(
      mode === 'name'
        ? { givenName: v.givenName.trim(), familyName: v.familyName.trim(), birthDate: v.birthDate }
        : ({ [mode]: v[mode].trim() } as SearchQuery),
    );
  }

  return (
    <Stack gap="md">
      <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby="search-heading">
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <Title order={2} size="h4" id="search-heading">
              {t('console.agent.searchTitle')}
            </Title>
            <Radio.Group label={t('console.agent.searchBy')} value={mode} onChange={(m) => setMode(m as Mode)}>
              <Group gap="md" mt={4}>
                <Radio value="name" label={t('console.agent.byName')} />
                <Radio value="email" label={t('console.agent.byEmail')} />
                <Radio value="phone" label={t('console.agent.byPhone')} />
                <Radio value="bookingCode" label={t('console.agent.byCode')} />
              </Group>
            </Radio.Group>
            {mode === 'name' ? (
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <TextInput label={t('console.agent.person.givenName')} required value={v.givenName} onChange={set('givenName')} error={errors.givenName} />
                <TextInput label={t('console.agent.person.familyName')} required value={v.familyName} onChange={set('familyName')} error={errors.familyName} />
                <TextInput type="date" max="9999-12-31" label={t('console.agent.person.birthDate')} required value={v.birthDate} onChange={set('birthDate')} error={errors.birthDate} />
              </SimpleGrid>
            ) : mode === 'email' ? (
              <TextInput type="email" label={t('console.agent.person.email')} required value={v.email} onChange={set('email')} error={errors.email} />
            ) : mode === 'phone' ? (
              <TextInput type="tel" label={t('console.agent.person.phone')} required value={v.phone} onChange={set('phone')} error={errors.phone} />
            ) : (
              <TextInput label={t('console.agent.bookingCode')} required value={v.bookingCode} onChange={set('bookingCode')} error={errors.bookingCode} />
            )}
            <Group gap="sm">
              <Button type="submit" loading={results.isFetching}>
                {t('console.agent.search')}
              </Button>
              <Button variant="default" onClick={() => setRegistering(true)} disabled={registering}>
                {t('console.agent.newPerson')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>

      {query && (
        <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby="results-heading">
          <Title order={2} size="h4" id="results-heading" mb="xs">
            {t('console.agent.resultsTitle')}
          </Title>
          {results.isPending ? (
            <Loader size="sm" aria-label={t('app.loading')} />
          ) : results.isError ? (
            <ErrorAlert error={results.error} />
          ) : results.data.length === 0 ? (
            <Text data-testid="no-results">{t('console.agent.noResults')}</Text>
          ) : (
            <ScrollTable minWidth={520} label={t('console.agent.resultsTitle')}>
              <Table striped data-testid="search-results">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('staff.col.name')}</Table.Th>
                    <Table.Th scope="col">{t('staff.col.birthDate')}</Table.Th>
                    <Table.Th scope="col">{t('console.agent.person.postalCode')}</Table.Th>
                    <Table.Th scope="col">{t('staff.col.actions')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {results.data.map((p) => {
                    const name = `${p.givenName} ${p.familyName}`;
                    return (
                      <Table.Tr key={p.id} data-testid="search-result">
                        <Table.Td>{name}</Table.Td>
                        <Table.Td>{formatDate(p.birthDate, lng)}</Table.Td>
                        <Table.Td>{p.postalCode}</Table.Td>
                        <Table.Td>
                          <Button size="compact-sm" onClick={() => navigate(`persons/${p.id}`)} aria-label={t('console.agent.openFor', { name })}>
                            {t('console.agent.open')}
                          </Button>
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          )}
        </Paper>
      )}

      {registering && (
        <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
          <RegisterPersonForm
            initial={
              mode === 'name'
                ? { givenName: v.givenName.trim(), familyName: v.familyName.trim(), birthDate: v.birthDate }
                : mode === 'email'
                  ? { email: v.email.trim() }
                  : mode === 'phone'
                    ? { phone: v.phone.trim() }
                    : {}
            }
            onCancel={() => setRegistering(false)}
            onRegistered={(r) => navigate(`persons/${r.personId}`, { state: { registered: r } })}
          />
        </Paper>
      )}
    </Stack>
  );
}

/** Call center agents (and admins): find or register a caller, then book, move, cancel or send a letter. */
export function AgentSection() {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Title order={1}>{t('console.agent.title')}</Title>
      <Routes>
        <Route index element={<SearchPanel />} />
        <Route path="persons/:personId" element={<PersonView />} />
      </Routes>
    </Stack>
  );
}
