import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { DeleteGroupModal } from './delete-group-modal';
import { RenameGroupModal } from './rename-group-modal';

/** The group's name with Delete and Edit (rename). A group has no credentials, so nothing else. */
export function GroupDetailsHeader({ groupName, memberCount }: { groupName: string; memberCount: number }) {
  const [open, setOpen] = useState<'delete' | 'edit'>();
  return (
    <>
      <Header
        variant="h1"
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button onClick={() => setOpen('delete')}>Delete</Button>
            <Button onClick={() => setOpen('edit')}>Edit</Button>
          </SpaceBetween>
        }
      >
        {groupName}
      </Header>
      {open === 'delete' && (
        <DeleteGroupModal groupName={groupName} memberCount={memberCount} onDismiss={() => setOpen(undefined)} />
      )}
      {open === 'edit' && <RenameGroupModal groupName={groupName} onDismiss={() => setOpen(undefined)} />}
    </>
  );
}
