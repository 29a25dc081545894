import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/i18n';
import { Dialog } from '../Dialog';
import { createFrameDecoder } from './camera-decoder';

/** The camera as a scanner on the tablet or phone: a frame every 150 ms until a code is read. */
function CameraDialog({ onCode, onClose }: { onCode: (code: string) => void; onClose: () => void }) {
  const { t } = useT();
  const video = useRef<HTMLVideoElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [engine, setEngine] = useState('');
  const done = useRef({ onCode, onClose });
  done.current = { onCode, onClose };

  useEffect(() => {
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const canvas = document.createElement('canvas');
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    (async () => {
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment', width: { ideal: 1280 } }, audio: false });
      const v = video.current;
      if (!v || stopped) return;
      v.srcObject = stream;
      await v.play();
      const { decode, engine: used } = await createFrameDecoder();
      setEngine(used);
      const tick = async () => {
        if (stopped || !ctx || v.videoWidth === 0) return void (timer = setTimeout(() => void tick(), 150));
        canvas.width = v.videoWidth;
        canvas.height = v.videoHeight;
        ctx.drawImage(v, 0, 0);
        const code = await decode(ctx.getImageData(0, 0, canvas.width, canvas.height)).catch(() => null);
        if (stopped) return;
        if (code) {
          done.current.onCode(code);
          done.current.onClose();
        } else timer = setTimeout(() => void tick(), 150);
      };
      void tick();
    })().catch(() => setProblem(t('cameraDenied')));
    return () => {
      stopped = true;
      clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [t]);

  return (
    <Dialog title={t('camera')} onClose={onClose} wide>
      {problem ? <p className="error">{problem}</p> : <p className="hint">{t('cameraHelp')}</p>}
      <video ref={video} className="camera-view" muted playsInline data-testid="camera-view" />
      {engine && <p className="hint small">{engine}</p>}
    </Dialog>
  );
}

/** A camera button where the device has a camera API (tablets and phones; laptops with a webcam). */
export function CameraButton({ onCode }: { onCode: (code: string) => void }) {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  if (!navigator.mediaDevices?.getUserMedia) return null;
  return (
    <>
      <button type="button" className="camera-button" onClick={() => setOpen(true)}>
        📷 {t('camera')}
      </button>
      {open && <CameraDialog onCode={onCode} onClose={() => setOpen(false)} />}
    </>
  );
}
