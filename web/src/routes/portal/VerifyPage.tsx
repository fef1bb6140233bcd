import { Alert, Button, Group, Input, Loader, Paper, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { verifyHc1 } from '../../features/dcc/api';
import { looksLikeHc1 } from '../../features/dcc/payload';
import { readImageFile } from '../../features/dcc/qr';
import { QrScanner } from '../../features/dcc/QrScanner';
import { VerificationResultView, type VerificationSource } from '../../features/dcc/VerificationResultView';
import { ErrorAlert } from '../ErrorAlert';

/**
 * The public verifier: scan a certificate's QR code with the camera, upload a picture of it or paste
 * its content; the server verifies it against the trust list and reports each step.
 */
export function VerifyPage() {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [pasteError, setPasteError] = useState<string | undefined>();
  const [uploadProblem, setUploadProblem] = useState<'noQr' | 'notHc1' | 'unreadable' | null>(null);
  const [reading, setReading] = useState(false);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const scanHeading = useRef<HTMLHeadingElement>(null);
  const fileId = useId();

  const verify = useMutation({
    mutationFn: (v: { hc1: string; source: VerificationSource }) => verifyHc1(v.hc1),
  });

  // A new result takes the focus (and the view, on a phone): it appears above the inputs.
  useEffect(() => {
    if (verify.data) {
      resultHeading.current?.focus();
      resultHeading.current?.scrollIntoView?.({ block: 'start' });
    }
  }, [verify.data]);

  function check(hc1: string, source: VerificationSource) {
    setPasteError(undefined);
    setUploadProblem(null);
    verify.mutate({ hc1: hc1.trim(), source });
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    const value = text.trim();
    if (!value) return setPasteError(t('dcc.verify.paste.required'));
    if (!looksLikeHc1(value)) return setPasteError(t('dcc.verify.paste.notHc1'));
    check(value, 'paste');
  }

  async function upload(e: ChangeEvent<HTMLInputElement>) {
    const input = e.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setUploadProblem(null);
    setReading(true);
    try {
      const found = await readImageFile(file);
      if (!found) setUploadProblem('noQr');
      else if (!looksLikeHc1(found)) setUploadProblem('notHc1');
      else check(found, 'upload');
    } catch {
      setUploadProblem('unreadable');
    } finally {
      setReading(false);
      // The same file can be chosen again.
      input.value = '';
    }
  }

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('dcc.verify.title')}</Title>
        <Text mt="xs">{t('dcc.verify.intro')}</Text>
      </div>

      <div aria-live="polite">
        {verify.isPending && (
          <Group gap="xs">
            <Loader size="sm" aria-hidden />
            <Text>{t('dcc.verify.checking')}</Text>
          </Group>
        )}
      </div>
      {verify.isError && <ErrorAlert error={verify.error} />}
      {verify.data && verify.variables && (
        <Stack gap="sm">
          <VerificationResultView ref={resultHeading} result={verify.data} source={verify.variables.source} />
          <div>
            <Button
              variant="outline"
              onClick={() => {
                verify.reset();
                setText('');
                scanHeading.current?.focus();
              }}
            >
              {t('dcc.verify.result.again')}
            </Button>
          </div>
        </Stack>
      )}

      <Paper withBorder p={{ base: 'sm', sm: 'lg' }} component="section" aria-labelledby="scan-heading">
        <Title order={2} size="h3" id="scan-heading" mb="sm" ref={scanHeading} tabIndex={-1}>
          {t('dcc.verify.camera.heading')}
        </Title>
        <QrScanner onScan={(hc1) => check(hc1, 'camera')} />
      </Paper>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Paper withBorder p={{ base: 'sm', sm: 'lg' }} component="section" aria-labelledby="paste-heading">
          <Title order={2} size="h3" id="paste-heading" mb="sm">
            {t('dcc.verify.paste.heading')}
          </Title>
          <form onSubmit={submit} noValidate>
            <Stack gap="sm">
              <Textarea
                label={t('dcc.verify.paste.label')}
                description={t('dcc.verify.paste.description')}
                name="hc1"
                autoComplete="off"
                autoCapitalize="off"
                spellCheck={false}
                autosize
                minRows={3}
                maxRows={8}
                value={text}
                onChange={(e) => setText(e.currentTarget.value)}
                error={pasteError}
                styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', wordBreak: 'break-all' } }}
              />
              <div>
                <Button type="submit" loading={verify.isPending && verify.variables?.source === 'paste'}>
                  {t('dcc.verify.paste.submit')}
                </Button>
              </div>
            </Stack>
          </form>
        </Paper>

        <Paper withBorder p={{ base: 'sm', sm: 'lg' }} component="section" aria-labelledby="upload-heading">
          <Title order={2} size="h3" id="upload-heading" mb="sm">
            {t('dcc.verify.upload.heading')}
          </Title>
          <Input.Wrapper
            label={t('dcc.verify.upload.label')}
            description={t('dcc.verify.upload.description')}
            id={fileId}
            labelProps={{ htmlFor: fileId }}
          >
            <input
              id={fileId}
              type="file"
              accept="image/*"
              onChange={(e) => void upload(e)}
              aria-describedby={`${fileId}-description`}
              data-testid="qr-upload"
              style={{ display: 'block', marginTop: 'var(--mantine-spacing-xs)', maxWidth: '100%' }}
            />
          </Input.Wrapper>
          <div aria-live="polite">
            {reading && <Text mt="xs">{t('dcc.verify.upload.reading')}</Text>}
            {uploadProblem && (
              <Alert color="red" variant="outline" mt="xs" data-testid="upload-problem">
                <Text c="dark.8">{t(`dcc.verify.upload.${uploadProblem}`)}</Text>
              </Alert>
            )}
          </div>
        </Paper>
      </SimpleGrid>
    </Stack>
  );
}
