import Button from '@cloudscape-design/components/button';
import FileUpload from '@cloudscape-design/components/file-upload';
import FormField from '@cloudscape-design/components/form-field';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import type { SandboxControls } from '../../../api/sandbox-controls';
import { useFlash } from '../../../stores/flash-store';

interface ImportSandboxFormProps {
  controls: SandboxControls;
}

/**
 * Import sandbox: the file is checked in full before anything changes; a file that
 * fails is refused with the exact place and reason, and the sandbox stays as it was.
 */
export function ImportSandboxForm({ controls }: ImportSandboxFormProps) {
  const flash = useFlash();
  const [files, setFiles] = useState<File[]>([]);
  const [problem, setProblem] = useState<string>();
  const [importing, setImporting] = useState(false);
  const file = files[0];

  const importFile = async () => {
    if (!file) return;
    setImporting(true);
    try {
      const result = await controls.importState(await file.text(), file.name);
      if (result.ok) {
        setFiles([]);
        flash({ type: 'success', content: `The sandbox was replaced with ${file.name}.` });
      } else {
        setProblem(`${file.name} was not imported: ${result.problem}`);
      }
    } catch (error) {
      setProblem(`${file.name} was not imported: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setImporting(false);
    }
  };

  return (
    <SpaceBetween size="s">
      <FormField
        label="Import sandbox"
        description="Replaces everything in the sandbox, in every tab, with a file exported from a sandbox."
        constraintText="A JSON file, as Export sandbox makes it."
        errorText={problem}
      >
        <FileUpload
          value={files}
          onChange={(event) => {
            setFiles(event.detail.value);
            setProblem(undefined);
          }}
          accept=".json,application/json"
          showFileSize
          i18nStrings={{
            uploadButtonText: () => 'Choose file',
            dropzoneText: () => 'Drop a sandbox file to import',
            removeFileAriaLabel: (index) => `Remove file ${index + 1}`,
            errorIconAriaLabel: 'Error',
            warningIconAriaLabel: 'Warning',
            formatFileSize: (bytes) => `${(bytes / 1024).toFixed(1)} KB`,
          }}
        />
      </FormField>
      <Button onClick={() => void importFile()} disabled={!file} loading={importing}>
        Import
      </Button>
    </SpaceBetween>
  );
}
