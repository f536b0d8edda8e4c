// The button that picks a file from disk.
import { useRef } from 'preact/hooks';

/**
 * A real button that opens a file dialog (the input itself stays hidden but labelled, so keyboard and screen-reader
 * users get a normal button). The input is reset after each pick so the same file can be chosen again.
 */
export function FilePicker(props: {
  id: string;
  label: string;
  accept: string;
  disabled?: boolean;
  onFile: (file: File) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" disabled={props.disabled} onClick={() => input.current?.click()}>
        {props.label}
      </button>
      <input
        ref={input}
        id={props.id}
        type="file"
        accept={props.accept}
        class="visually-hidden"
        tabIndex={-1}
        aria-label={props.label}
        onChange={(e) => {
          const el = e.currentTarget;
          const file = el.files?.[0];
          el.value = '';
          if (file) props.onFile(file);
        }}
      />
    </>
  );
}
