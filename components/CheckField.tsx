/** A labelled checkbox of the settings form (its rule-set fields and the platform rules). */
export function CheckField(props: { label: string; checked: boolean; id: string; onChange: (v: boolean) => void }) {
  return (
    <label class="check-field">
      <input
        type="checkbox"
        data-testid={props.id}
        checked={props.checked}
        onChange={(e) => props.onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      {props.label}
    </label>
  );
}
