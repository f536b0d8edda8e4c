import { useEffect, useRef } from 'preact/hooks';

/**
 * A ref that takes the keyboard focus when its element appears. The `autofocus` attribute is not enough: browsers
 * honour it once per document, not for parts a panel shows later (a preview, an inline form).
 */
export function useAutoFocus<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}
