/** The id the disabled capability controls point at with aria-describedby. */
export const WINDOWS_REASON_ID = 'windows-pod-reason';

/** Why every capability control is disabled for a Windows pod. */
export function WindowsReason() {
  return (
    <p id={WINDOWS_REASON_ID} className="windows-reason">
      <span aria-hidden="true">⊘ </span>
      Windows pod (<code>spec.os.name: windows</code>): Windows containers have no Linux
      capabilities, and the API server rejects <code>capabilities</code> and <code>privileged</code>{' '}
      in a Windows pod, so these controls are disabled.
    </p>
  );
}
