/**
 * Text encodings IAM applies inside its XML: escaping for every value, and
 * RFC 3986 percent-encoding for policy documents (the SDKs hand these to the
 * caller still encoded; the AWS CLI decodes them).
 */

const XML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // A literal CR would be normalised to LF by any XML parser; the reference keeps it.
  '\r': '&#xD;',
};

export function escapeXml(text: string): string {
  return text.replace(/[&<>"'\r]/g, (char) => XML_ENTITIES[char]!);
}

/** encodeURIComponent leaves `!'()*` alone; RFC 3986 (and IAM) reserve them. */
export function encodeRfc3986(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** Fields whose value is a policy document, URL-encoded on the wire. */
export const POLICY_DOCUMENT_FIELDS: ReadonlySet<string> = new Set([
  'PolicyDocument',
  'Document',
  'AssumeRolePolicyDocument',
]);
