import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';

interface NotFoundContentProps {
  /** e.g. "User group not found" */
  title: string;
  /** what was missing, in words */
  detail: string;
  backHref: string;
  backText: string;
}

/** The 404 of the console: for unknown routes and for names that do not exist (NoSuchEntity). */
export function NotFoundContent({ title, detail, backHref, backText }: NotFoundContentProps) {
  return (
    <ContentLayout header={<Header variant="h1">{title}</Header>}>
      <Container>
        <SpaceBetween size="m">
          <Box variant="p">{detail}</Box>
          <Button href={backHref}>{backText}</Button>
        </SpaceBetween>
      </Container>
    </ContentLayout>
  );
}
