import Select from '@cloudscape-design/components/select';
import { ALL_POLICY_TYPES, MANAGED_POLICY_TYPES } from './policy-type-filter-options';

interface PolicyTypeFilterProps {
  /** a type, or ALL_POLICY_TYPES */
  value: string;
  onChange: (value: string) => void;
  /** the types this table can show; managed policy types by default */
  types?: readonly string[];
}

/** The console's "Filter by Type" select beside a policy table's search. */
export function PolicyTypeFilter({ value, onChange, types = MANAGED_POLICY_TYPES }: PolicyTypeFilterProps) {
  const options = [ALL_POLICY_TYPES, ...types].map((type) => ({ value: type, label: type }));
  return (
    <div style={{ minWidth: '18rem' }}>
      <Select
        inlineLabelText="Filter by Type"
        selectedOption={options.find((option) => option.value === value) ?? options[0]!}
        options={options}
        onChange={(event) => onChange(event.detail.selectedOption.value ?? ALL_POLICY_TYPES)}
      />
    </div>
  );
}
