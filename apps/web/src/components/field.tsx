// A labelled input with its validation message tied to it for screen readers.
/** What a field needs: a label, a name, its error and the input's own attributes. */
export interface FieldProps {
  label: string;
  name: string;
  value: string;
  onInput: (event: Event) => void;
  error?: string | undefined;
  hint?: string;
  type?: 'text' | 'email' | 'password';
  autoComplete?: string;
  inputMode?: 'numeric' | 'decimal' | 'email' | 'text';
  placeholder?: string;
}

/** An input with a visible label, an optional hint and a field-level error. */
export function Field({ label, name, error, hint, type = 'text', ...input }: FieldProps) {
  const id = `field-${name}`;
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div class={error ? 'field invalid' : 'field'}>
      <label for={id}>{label}</label>
      <input
        id={id}
        name={name}
        // preact's input types are a union by `type`; these three share every attribute used here
        type={type as 'text'}
        aria-invalid={error ? 'true' : 'false'}
        {...(described ? { 'aria-describedby': described } : {})}
        {...input}
      />
      {hint && (
        <small id={`${id}-hint`} class="hint">
          {hint}
        </small>
      )}
      {error && (
        <small id={`${id}-error`} class="error">
          {error}
        </small>
      )}
    </div>
  );
}
