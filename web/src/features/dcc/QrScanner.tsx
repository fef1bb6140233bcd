import { Alert, Box, Button, Group, Text } from '@mantine/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { looksLikeHc1 } from './payload';
import { nativeQrDetector, readVideoFrame } from './qr';

type State = 'idle' | 'starting' | 'scanning';
type Problem = 'denied' | 'notFound' | 'unsupported' | 'failed' | null;

/** How often a camera frame is looked at. */
const SCAN_INTERVAL_MS = 150;

/**
 * Scans QR codes with the camera until one carries a certificate (HC1:…), then stops the camera and
 * hands the text on. The camera is also stopped when the component goes away (leaving the page) and
 * when the page is hidden.
 */
export function QrScanner({ onScan }: { onScan: (text: string) => void }) {
  const { t } = useTranslation();
  const videoRef = useRef<HTMLVideoElement>(null);
  const canvasRef = useRef<HTMLCanvasElement | null>(null);
  const streamRef = useRef<MediaStream | null>(null);
  const timerRef = useRef<number | null>(null);
  // Bumped on every start and stop: a frame or start that belongs to an older run is ignored.
  const runRef = useRef(0);
  const onScanRef = useRef(onScan);
  const [state, setState] = useState<State>('idle');
  const [problem, setProblem] = useState<Problem>(null);
  const [notHc1, setNotHc1] = useState(false);
  const [engine, setEngine] = useState<'native' | 'jsqr' | null>(null);

  useEffect(() => {
    onScanRef.current = onScan;
  }, [onScan]);

  const stop = useCallback(() => {
    runRef.current += 1;
    if (timerRef.current !== null) window.clearTimeout(timerRef.current);
    timerRef.current = null;
    streamRef.current?.getTracks().forEach((track) => track.stop());
    streamRef.current = null;
    if (videoRef.current) videoRef.current.srcObject = null;
    setState('idle');
  }, []);

  // Leaving the page (unmount) or hiding it stops the camera.
  useEffect(() => {
    const onHide = () => {
      if (streamRef.current) stop();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') onHide();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onHide);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onHide);
      stop();
    };
  }, [stop]);

  async function start() {
    setProblem(null);
    setNotHc1(false);
    if (!navigator.mediaDevices?.getUserMedia) {
      setProblem('unsupported');
      return;
    }
    const run = ++runRef.current;
    setState('starting');
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({
        video: { facingMode: { ideal: 'environment' }, width: { ideal: 1280 }, height: { ideal: 720 } },
        audio: false,
      });
    } catch (err) {
      if (run !== runRef.current) return;
      const name = err instanceof DOMException ? err.name : '';
      setProblem(
        name === 'NotAllowedError' || name === 'SecurityError'
          ? 'denied'
          : name === 'NotFoundError' || name === 'OverconstrainedError'
            ? 'notFound'
            : 'failed',
      );
      setState('idle');
      return;
    }
    // Stopped (or left) while the browser was asking: give the camera back at once.
    if (run !== runRef.current) {
      stream.getTracks().forEach((track) => track.stop());
      return;
    }
    streamRef.current = stream;
    const video = videoRef.current;
    if (!video) {
      stop();
      return;
    }
    video.srcObject = stream;
    try {
      await video.play();
    } catch {
      /* autoplay of a muted inline video is allowed; frames are read regardless */
    }
    if (run !== runRef.current) return;
    setEngine((await nativeQrDetector()) ? 'native' : 'jsqr');
    setState('scanning');
    canvasRef.current ??= document.createElement('canvas');

    const tick = async () => {
      if (run !== runRef.current) return;
      let text: string | null = null;
      try {
        text = await readVideoFrame(video, canvasRef.current!);
      } catch {
        text = null;
      }
      if (run !== runRef.current) return;
      if (text && looksLikeHc1(text)) {
        stop();
        onScanRef.current(text.trim());
        return;
      }
      if (text) setNotHc1(true);
      timerRef.current = window.setTimeout(() => void tick(), SCAN_INTERVAL_MS);
    };
    void tick();
  }

  const active = state !== 'idle';
  return (
    <Box>
      <Group gap="sm" wrap="wrap">
        {active ? (
          <Button variant="outline" color="red.9" onClick={stop} data-testid="camera-stop">
            {t('dcc.verify.camera.stop')}
          </Button>
        ) : (
          <Button onClick={() => void start()} data-testid="camera-start">
            {t('dcc.verify.camera.start')}
          </Button>
        )}
      </Group>
      <div aria-live="polite">
        {state === 'starting' && <Text mt="xs">{t('dcc.verify.camera.starting')}</Text>}
        {state === 'scanning' && (
          <Text mt="xs" data-testid="camera-scanning">
            {t(notHc1 ? 'dcc.verify.camera.notHc1' : 'dcc.verify.camera.scanning')}
          </Text>
        )}
        {problem && (
          <Alert color="red" variant="outline" mt="xs" data-testid="camera-problem">
            <Text c="dark.8">{t(`dcc.verify.camera.${problem}`)}</Text>
          </Alert>
        )}
      </div>
      <Box
        mt="sm"
        hidden={!active}
        style={{ maxWidth: 480, borderRadius: 'var(--mantine-radius-sm)', overflow: 'hidden', background: 'var(--mantine-color-dark-8)' }}
      >
        <video
          ref={videoRef}
          muted
          playsInline
          aria-label={t('dcc.verify.camera.video')}
          data-testid="camera-video"
          style={{ display: 'block', width: '100%', height: 'auto' }}
        />
      </Box>
      {state === 'scanning' && engine && (
        <Text size="xs" c="gray.7" mt={4} data-testid="camera-engine">
          {t(`dcc.verify.camera.${engine}`)}
        </Text>
      )}
    </Box>
  );
}
