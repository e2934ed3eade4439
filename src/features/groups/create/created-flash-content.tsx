/** "**Developers** user group created." */
export function createdFlashContent(groupName: string) {
  return (
    <>
      <b>{groupName}</b> user group created.
    </>
  );
}
