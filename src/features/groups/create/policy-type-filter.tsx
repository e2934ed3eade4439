import Select, { type SelectProps } from '@cloudscape-design/components/select';
import type { PolicyType } from '../../../api/policies/policy-type';

export type PolicyTypeFilterValue = PolicyType | 'all';

const options: SelectProps.Option[] = [
  { value: 'all', label: 'All types' },
  { value: 'AWS managed', label: 'AWS managed' },
  { value: 'AWS managed - job function', label: 'AWS managed - job function' },
  { value: 'Customer managed', label: 'Customer managed' },
];

interface PolicyTypeFilterProps {
  value: PolicyTypeFilterValue;
  onChange: (value: PolicyTypeFilterValue) => void;
}

/** The console's "Filter by Type" select beside the policy search. */
export function PolicyTypeFilter({ value, onChange }: PolicyTypeFilterProps) {
  return (
    <div style={{ minWidth: '18rem' }}>
      <Select
        inlineLabelText="Filter by Type"
        selectedOption={options.find((option) => option.value === value) ?? options[0]}
        options={options}
        onChange={(event) => onChange(event.detail.selectedOption.value as PolicyTypeFilterValue)}
      />
    </div>
  );
}
