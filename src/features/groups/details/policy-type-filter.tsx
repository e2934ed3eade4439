import Select, { type SelectProps } from '@cloudscape-design/components/select';

export const ALL_TYPES = 'All types';

interface PolicyTypeFilterProps {
  /** the types offered after "All types" */
  types: readonly string[];
  value: string;
  onChange: (type: string) => void;
}

/** The console's "Filter by Type" select beside a policy table's search box. */
export function PolicyTypeFilter({ types, value, onChange }: PolicyTypeFilterProps) {
  const options: SelectProps.Option[] = [ALL_TYPES, ...types].map((type) => ({ value: type, label: type }));
  return (
    <div style={{ minWidth: '16rem' }}>
      <Select
        options={options}
        selectedOption={options.find((option) => option.value === value) ?? options[0]}
        onChange={(event) => onChange(event.detail.selectedOption.value ?? ALL_TYPES)}
        ariaLabel="Filter by Type"
        inlineLabelText="Filter by Type"
      />
    </div>
  );
}
