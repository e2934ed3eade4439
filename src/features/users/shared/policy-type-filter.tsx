import FormField from '@cloudscape-design/components/form-field';
import Select from '@cloudscape-design/components/select';

export const ALL_TYPES = 'All types';

interface PolicyTypeFilterProps {
  value: string;
  types: readonly string[];
  onChange: (value: string) => void;
}

/** The console's "Filter by Type" select beside a policy table's search. */
export function PolicyTypeFilter({ value, types, onChange }: PolicyTypeFilterProps) {
  const options = [ALL_TYPES, ...types].map((type) => ({ value: type, label: type }));
  return (
    <div style={{ minWidth: '16rem' }}>
      <FormField label="Filter by Type">
        <Select
          selectedOption={options.find((option) => option.value === value) ?? options[0]}
          options={options}
          onChange={(event) => onChange(event.detail.selectedOption.value ?? ALL_TYPES)}
        />
      </FormField>
    </div>
  );
}
