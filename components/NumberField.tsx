/**
 * A labelled number input: the settings' rule fields and the batch page's run options. It passes on what was typed as
 * a number (NaN when empty or not a number); the caller decides what it accepts.
 */
export interface NumberFieldProps {
  label: string;
  value: number;
  step?: number;
  min?: number;
  max?: number;
  onChange: (value: number) => void;
  /** The input's `data-testid`. */
  testId?: string;
  /** The label's class ('field': the settings' label-left, input-right row). */
  class?: string;
  /** 'input' (default): on every keystroke; 'change': once the value is committed (step buttons, leaving the field). */
  commitOn?: 'input' | 'change';
}

export function NumberField(props: NumberFieldProps) {
  const handler = (e: Event) => props.onChange(Number((e.currentTarget as HTMLInputElement).value));
  return (
    <label class={props.class}>
      <span>{props.label}</span>{' '}
      <input
        type="number"
        data-testid={props.testId}
        value={props.value}
        step={props.step ?? 1}
        min={props.min}
        max={props.max}
        {...(props.commitOn === 'change' ? { onChange: handler } : { onInput: handler })}
      />
    </label>
  );
}
