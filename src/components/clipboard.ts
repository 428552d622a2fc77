/** Writes `text` to the clipboard and says how it went in the status live region. */
export async function copyText(
  text: string,
  success: string,
  announce: (message: string, isError?: boolean) => void,
): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    announce(success);
  } catch {
    // Clipboard access can be denied (insecure context, permissions); say so rather than fail silently.
    announce('Could not copy: the browser denied clipboard access', true);
  }
}
