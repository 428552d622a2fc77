/** How long to wait for a frame that does not come: a hidden tab draws none. */
const FRAME_FALLBACK_MS = 100;

/**
 * Calls `then` once the frame that shows the latest change has been drawn: in a task queued from
 * the next animation frame's callbacks, which runs after that frame's paint; or after
 * {@link FRAME_FALLBACK_MS} when no frame comes; or in the next task where there are no frames
 * at all (no requestAnimationFrame). Work that the change's frame does not show (the heavy
 * panels, the editor's warning markers) waits for it this way instead of delaying it.
 *
 * @returns a cancel: `then` is not called after it.
 */
export function afterNextPaint(then: () => void): () => void {
  let task: ReturnType<typeof setTimeout> | undefined;
  let frame: number | undefined;
  let fallback: ReturnType<typeof setTimeout> | undefined;
  const go = () => {
    if (task !== undefined) return;
    clearTimeout(fallback);
    if (frame !== undefined) cancelAnimationFrame(frame);
    task = setTimeout(then, 0);
  };
  if (typeof requestAnimationFrame === 'function') {
    fallback = setTimeout(go, FRAME_FALLBACK_MS);
    frame = requestAnimationFrame(go);
  } else {
    go();
  }
  return () => {
    clearTimeout(fallback);
    if (frame !== undefined) cancelAnimationFrame(frame);
    clearTimeout(task);
  };
}
