import { useAppStore } from '../store/useAppStore.ts';

/** The polite live region every action reports to. */
export function StatusLine() {
  const status = useAppStore((s) => s.status);
  return (
    <p role="status" className={status.isError ? 'status error' : 'status'}>
      {/* Keyed by nonce so that the same message twice is announced twice. */}
      <span key={status.nonce}>{status.message}</span>
    </p>
  );
}
