/**
 * Serialises engine outputs and errors into the XML that iam.amazonaws.com sends.
 * The engine's outputs already follow the API's shapes and key order, so one
 * generic walk serves every action.
 */
import { POLICY_DOCUMENT_FIELDS, encodeRfc3986, escapeXml } from './xml-text';

export const IAM_XML_NAMESPACE = 'https://iam.amazonaws.com/doc/2010-05-08/';

/** Outputs whose value is a string→number map, sent as `<entry><key/><value/></entry>`. */
const MAP_FIELDS: ReadonlySet<string> = new Set(['SummaryMap']);

export interface XmlError {
  type: 'Sender' | 'Receiver';
  code: string;
  message: string;
}

export function successXml(action: string, output: object, requestId: string): string {
  const body = fields(output);
  const result = body === '' ? '' : `<${action}Result>${body}</${action}Result>`;
  return (
    `<${action}Response xmlns="${IAM_XML_NAMESPACE}">${result}` +
    `<ResponseMetadata><RequestId>${escapeXml(requestId)}</RequestId></ResponseMetadata>` +
    `</${action}Response>`
  );
}

export function errorXml(error: XmlError, requestId: string): string {
  return (
    `<ErrorResponse xmlns="${IAM_XML_NAMESPACE}"><Error>` +
    `<Type>${error.type}</Type><Code>${escapeXml(error.code)}</Code><Message>${escapeXml(error.message)}</Message>` +
    `</Error><RequestId>${escapeXml(requestId)}</RequestId></ErrorResponse>`
  );
}

function fields(value: object): string {
  let xml = '';
  for (const [name, child] of Object.entries(value)) {
    if (child === undefined || child === null) continue;
    xml += element(name, child);
  }
  return xml;
}

function element(name: string, value: unknown): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return `<${name}/>`;
    return `<${name}>${value.map((item) => element('member', item)).join('')}</${name}>`;
  }
  if (typeof value === 'object' && value !== null) {
    const inner = MAP_FIELDS.has(name) ? entries(value) : fields(value);
    return `<${name}>${inner}</${name}>`;
  }
  return `<${name}>${scalar(name, value)}</${name}>`;
}

function entries(map: object): string {
  return Object.entries(map)
    .map(([key, value]) => `<entry><key>${escapeXml(key)}</key><value>${scalar('value', value)}</value></entry>`)
    .join('');
}

function scalar(name: string, value: unknown): string {
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = String(value);
  return escapeXml(POLICY_DOCUMENT_FIELDS.has(name) ? encodeRfc3986(text) : text);
}
