// Adversarial near-matches for every secret rule (1 MiB each), shared by the ReDoS test and perf.ts.
// Prefixes without bodies, bodies without ends, and long runs of each rule's keywords.
import type { SecretRule } from '../../inference/layers/credentials/secret-rule.js';
import { AWS_ID_CHARS, BASE64, fake, fill } from './fabricate.js';

export const MIB = 1 << 20;
const base64Blob = (bytes: number): string => fill(fake(BASE64, 4096), bytes);

/** Near-matches written for particular rules: prefixes without bodies, bodies without ends. */
export const CRAFTED: Record<string, Array<[string, string]>> = {
  aws_access_key: [['AKIA runs', fill('AKIA')], ['AKIA + 15', fill(`AKIA${fake(AWS_ID_CHARS, 15)} `)]],
  aws_secret_key: [
    ['name runs', fill('aws_secret_access_key=')],
    ['key id then 1 MiB of base64', `AKIA${fake(AWS_ID_CHARS, 16)} ${base64Blob(MIB)}`],
    ['key ids and 39-char candidates', fill(`AKIA${fake(AWS_ID_CHARS, 16)} ${fake(BASE64, 39)} `)],
  ],
  gcp_service_account: [
    ['open object, no close', `{"type": "service_account", "private_key": "${fill('a', MIB)}`],
    ['repeated openings', fill('{"type":"service_account",')],
    ['braces with long bodies', fill(`{${'x'.repeat(5000)}`)],
  ],
  azure_storage_connection_string: [['AccountKey then 1 MiB', `AccountName=a;AccountKey=${base64Blob(MIB)}`]],
  azure_service_bus_connection_string: [['names without keys', fill('SharedAccessKeyName=a;SharedAccessKeyName=')]],
  slack_token: [['dash runs', `xoxb-${fill('1-')}`], ['segments without tail', fill('xoxb-1-2-3-4-5-')]],
  slack_webhook: [['paths without secrets', fill('hooks.slack.com/services/AAAAAAAAAAAA/')]],
  openai_api_key: [['sk- runs', fill('sk-')], ['long bodies', fill(`sk-proj-${'a'.repeat(300)} `)]],
  jwt: [
    ['eyJ runs', fill('eyJ')],
    ['dotted runs', fill('eyJhbGciOi.')],
    ['two long parts, no third', `eyJ${'a'.repeat(2000)}.${fill('b', MIB)}`],
  ],
  private_key: [
    ['BEGIN without END + 1 MiB of base64', `-----BEGIN RSA PRIVATE KEY-----\n${base64Blob(MIB)}`],
    ['BEGIN headers repeated', fill('-----BEGIN RSA PRIVATE KEY-----')],
    ['dashes inside the body', `-----BEGIN PRIVATE KEY-----${fill('----a')}`],
  ],
  database_url: [['postgres://a: runs', fill('postgres://a:')], ['no @', fill(`mysql://u:${'p'.repeat(300)} `)]],
  generic_password: [['password= runs', fill('password=')], ['quote runs', fill('password: "')]],
  generic_secret: [['token: runs', fill('token: ')], ['long values', fill(`api_key=${'a1'.repeat(200)} `)]],
  http_auth_header: [['Bearer runs', fill('Authorization: Bearer ')]],
};

export function adversarialInputs(rule: SecretRule): Array<[string, string]> {
  const inputs: Array<[string, string]> = [['1 MiB of base64', base64Blob(MIB)]];
  for (const keyword of rule.keywords) {
    inputs.push([`"${keyword}" runs`, fill(keyword.toUpperCase())]);
    inputs.push([`"${keyword}" + body`, fill(`${keyword}${fake(BASE64, 120)}_`)]);
  }
  return inputs.concat(CRAFTED[rule.id] ?? []);
}
