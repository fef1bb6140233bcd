import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router-dom';
import { admissionToken, WAITING_ROOM_EVENT } from './admission';
import { roomActive } from './api';
import { WaitingRoomPage } from './WaitingRoomPage';

/**
 * Shows the waiting page instead of the portal page while the waiting room is on and this tab has no
 * admission yet, or when the API answers "waiting room". The portal page stays mounted (hidden), so a
 * form keeps what was typed; the staff console is never gated.
 */
export function WaitingRoomGate({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  const exempt = pathname.startsWith('/staff');
  const [waiting, setWaiting] = useState(false);

  useEffect(() => {
    if (exempt) return;
    let cancelled = false;
    if (!admissionToken()) {
      roomActive()
        .then((r) => {
          if (!cancelled && r.active && !admissionToken()) setWaiting(true);
        })
        .catch(() => undefined);
    }
    const onWaitingRoom = () => setWaiting(true);
    window.addEventListener(WAITING_ROOM_EVENT, onWaitingRoom);
    return () => {
      cancelled = true;
      window.removeEventListener(WAITING_ROOM_EVENT, onWaitingRoom);
    };
  }, [exempt]);

  const admitted = useCallback(() => setWaiting(false), []);
  const show = waiting && !exempt;
  return (
    <>
      {show && <WaitingRoomPage onAdmitted={admitted} />}
      <div hidden={show}>{children}</div>
    </>
  );
}
