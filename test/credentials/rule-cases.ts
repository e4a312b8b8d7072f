// One realistic positive and near-miss negatives for every secret rule, shared by the rule tests.
// Positives name the exact substring that must be reported; negatives must produce no finding at all.
import {
  AWS_ID_CHARS, BASE62, BASE64, BASE64URL, DIGITS, HEX, LOWER, UPPER, fake, fakeJwt, fakePem,
} from './fabricate.js';

export interface PositiveCase {
  rule: string;
  label: string;
  text: string;
  /** Every finding expected, in text order, as [category, exact secret text]. */
  expected: Array<[string, string]>;
}

export interface NegativeCase {
  rule: string;
  label: string;
  text: string;
}

const awsId = (prefix = 'AKIA'): string => prefix + fake(AWS_ID_CHARS, 16);
const awsSecret = (): string => fake(BASE64, 40);
const one = (rule: string, label: string, text: string, secret: string): PositiveCase => ({
  rule, label, text, expected: [[rule, secret]],
});

function gcpJson(withKey: boolean, type = 'service_account'): string {
  const key: Record<string, string> = {
    type,
    project_id: 'acme-prod-4821',
    private_key_id: fake(HEX, 40),
    client_email: 'deployer@acme-prod-4821.iam.gserviceaccount.com',
    client_id: fake(DIGITS, 21),
  };
  if (withKey) key.private_key = `${fakePem('PRIVATE KEY', 600)}\n`;
  return JSON.stringify(key, null, 2);
}

export function positiveCases(): PositiveCase[] {
  const id = awsId();
  const asia = awsId('ASIA');
  const secret = awsSecret();
  const csvId = awsId();
  const csvSecret = awsSecret();
  const proseId = awsId();
  const proseSecret = awsSecret();
  const gcp = gcpJson(true);
  const storage = `DefaultEndpointsProtocol=https;AccountName=acmestore;AccountKey=${fake(BASE64, 86)}==;EndpointSuffix=core.windows.net`;
  const bus = `Endpoint=sb://acme-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${fake(BASE64, 43)}=`;
  const webhook = `https://hooks.slack.com/services/T${fake(UPPER + DIGITS, 8)}/B${fake(UPPER + DIGITS, 10)}/${fake(BASE62, 24)}`;
  const dbPassword = fake(BASE62, 18);
  const redisPassword = fake(BASE62, 24);
  const mongoPassword = `${fake(BASE62, 10)}%40${fake(BASE62, 6)}`;
  const pem = (label: string): PositiveCase => {
    const block = fakePem(label);
    return one('private_key', label, `Key file:\n${block}\nKeep it safe.`, block);
  };
  const truncated = `-----BEGIN OPENSSH PRIVATE KEY-----\n${fake(BASE64, 70)}\n${fake(BASE64, 70)}`;
  const basic = Buffer.from(`deploy:${fake(BASE62, 14)}`).toString('base64');
  const bearer = fake(BASE62, 40);
  const jwt = fakeJwt();
  return [
    one('aws_access_key', 'AKIA in an env line', `export AWS_ACCESS_KEY_ID=${id}\n`, id),
    one('aws_access_key', 'ASIA temporary key', `Temporary credentials: ${asia}.`, asia),
    one('aws_secret_key', 'named assignment', `aws_secret_access_key = ${secret}\n`, secret),
    {
      rule: 'aws_secret_key', label: 'credentials CSV row', text: `Access key ID,Secret access key\n${csvId},${csvSecret}\n`,
      expected: [['aws_access_key', csvId], ['aws_secret_key', csvSecret]],
    },
    {
      rule: 'aws_secret_key', label: 'prose pair', text: `Use key ${proseId} with ${proseSecret} for the upload.`,
      expected: [['aws_access_key', proseId], ['aws_secret_key', proseSecret]],
    },
    one('gcp_service_account', 'service-account JSON', `Here is the key file:\n${gcp}\nUpload it to CI.`, gcp),
    one('google_api_key', 'maps key', `const MAPS_KEY = "AIza${fake(BASE64URL, 35, 11)}";`, `AIza${fake(BASE64URL, 35, 11)}`),
    one('azure_storage_connection_string', 'storage account', `AZURE_STORAGE_CONNECTION_STRING="${storage}"`, storage),
    one('azure_service_bus_connection_string', 'service bus', `conn = '${bus}'`, bus),
    one('github_token', 'classic PAT', `git clone https://ghp_${fake(BASE62, 36, 21)}@github.com/acme/app`, `ghp_${fake(BASE62, 36, 21)}`),
    one('github_token', 'fine-grained PAT', `GH_TOKEN: github_pat_${fake(BASE62, 22, 22)}_${fake(BASE62, 59, 23)}`, `github_pat_${fake(BASE62, 22, 22)}_${fake(BASE62, 59, 23)}`),
    one('gitlab_token', 'personal access token', `PRIVATE-TOKEN: glpat-${fake(BASE64URL, 20, 31)}`, `glpat-${fake(BASE64URL, 20, 31)}`),
    one('slack_token', 'bot token', `SLACK_BOT=xoxb-${fake(DIGITS, 11, 41)}-${fake(DIGITS, 12, 42)}-${fake(BASE62, 24, 43)}`, `xoxb-${fake(DIGITS, 11, 41)}-${fake(DIGITS, 12, 42)}-${fake(BASE62, 24, 43)}`),
    one('slack_token', 'app token', `xapp-1-A${fake(UPPER + DIGITS, 10, 44)}-${fake(DIGITS, 13, 45)}-${fake(HEX, 64, 46)} is the socket token`, `xapp-1-A${fake(UPPER + DIGITS, 10, 44)}-${fake(DIGITS, 13, 45)}-${fake(HEX, 64, 46)}`),
    one('slack_webhook', 'incoming webhook', `curl -X POST ${webhook} -d @msg.json`, webhook),
    one('stripe_secret_key', 'legacy live key', `Stripe key: sk_live_${fake(BASE62, 24, 51)}`, `sk_live_${fake(BASE62, 24, 51)}`),
    one('stripe_secret_key', 'restricted live key', `STRIPE=rk_live_51${fake(BASE62, 97, 52)}`, `rk_live_51${fake(BASE62, 97, 52)}`),
    one('stripe_test_key', 'test key', `stripe.api_key = "sk_test_51${fake(BASE62, 97, 53)}"`, `sk_test_51${fake(BASE62, 97, 53)}`),
    one('stripe_webhook_secret', 'webhook secret', `STRIPE_WEBHOOK_SECRET=whsec_${fake(BASE62, 32, 54)}`, `whsec_${fake(BASE62, 32, 54)}`),
    one('openai_api_key', 'project key', `OPENAI_API_KEY=sk-proj-${fake(BASE64URL, 74, 61)}T3BlbkFJ${fake(BASE64URL, 74, 62)}`, `sk-proj-${fake(BASE64URL, 74, 61)}T3BlbkFJ${fake(BASE64URL, 74, 62)}`),
    one('openai_api_key', 'legacy key', `key: sk-${fake(BASE62, 20, 63)}T3BlbkFJ${fake(BASE62, 20, 64)}`, `sk-${fake(BASE62, 20, 63)}T3BlbkFJ${fake(BASE62, 20, 64)}`),
    one('anthropic_api_key', 'api03 key', `ANTHROPIC_API_KEY=sk-ant-api03-${fake(BASE64URL, 93, 71)}AA`, `sk-ant-api03-${fake(BASE64URL, 93, 71)}AA`),
    one('huggingface_token', 'user token', `huggingface-cli login --token hf_${fake(UPPER + LOWER, 34, 81)}`, `hf_${fake(UPPER + LOWER, 34, 81)}`),
    one('npm_token', '.npmrc auth', `//registry.npmjs.org/:_authToken=npm_${fake(BASE62, 36, 91)}`, `npm_${fake(BASE62, 36, 91)}`),
    one('jwt', 'bearer JWT in prose', `The session JWT ${jwt} expires tonight.`, jwt),
    pem('RSA PRIVATE KEY'),
    pem('EC PRIVATE KEY'),
    pem('OPENSSH PRIVATE KEY'),
    pem('PGP PRIVATE KEY BLOCK'),
    pem('PRIVATE KEY'),
    pem('ENCRYPTED PRIVATE KEY'),
    one('private_key', 'truncated block', `Partial output:\n${truncated}\n\n`, truncated),
    one('database_url', 'postgres', `DATABASE_URL=postgres://app_user:${dbPassword}@db.internal:5432/app`, dbPassword),
    one('database_url', 'redis, empty user', `REDIS_URL=redis://:${redisPassword}@cache:6379/0`, redisPassword),
    one('database_url', 'mongodb+srv', `mongodb+srv://svc:${mongoPassword}@cluster0.ab1cd.mongodb.net/prod`, mongoPassword),
    one('generic_password', 'env assignment', 'DB_PASSWORD=Tq9#vL2!mZx7\n', 'Tq9#vL2!mZx7'),
    one('generic_password', 'JSON field', '{"user": "svc", "password": "h7&Kp2@xW9qL"}', 'h7&Kp2@xW9qL'),
    one('generic_password', 'YAML passwd', `  passwd: ${fake(BASE62, 16, 101)}\n`, fake(BASE62, 16, 101)),
    one('generic_secret', 'api_key', `api_key: ${fake(HEX, 32, 111)}`, fake(HEX, 32, 111)),
    one('generic_secret', 'Django SECRET_KEY', `SECRET_KEY = '${fake(BASE62, 50, 112)}'`, fake(BASE62, 50, 112)),
    one('generic_secret', 'token in a query string', `GET /export?format=csv&token=${fake(BASE62, 32, 113)} HTTP/1.1`, fake(BASE62, 32, 113)),
    one('http_auth_header', 'curl Bearer', `curl -H "Authorization: Bearer ${bearer}" https://api.acme.dev/v1/me`, bearer),
    one('http_auth_header', 'Basic credentials', `Authorization: Basic ${basic}\r\n`, basic),
  ];
}

export function negativeCases(): NegativeCase[] {
  const no = (rule: string, label: string, text: string): NegativeCase => ({ rule, label, text });
  return [
    no('aws_access_key', 'AWS documentation example', 'aws configure set aws_access_key_id AKIAIOSFODNN7EXAMPLE'),
    no('aws_access_key', 'one character short', `AKIA${fake(AWS_ID_CHARS, 15)} is too short`),
    no('aws_access_key', 'digits outside base32', `AKIA${fake(AWS_ID_CHARS, 12)}0189`),
    no('aws_access_key', 'lower case', `akia${fake(AWS_ID_CHARS, 16).toLowerCase()}`),
    no('aws_access_key', 'inside a longer identifier', `X${awsId()}Y`),
    no('aws_secret_key', 'AWS documentation example', 'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'),
    no('aws_secret_key', '39 characters', `The AWS secret access key is ${fake(BASE64, 39)} (truncated).`),
    no('aws_secret_key', 'hex digest, not a key', `The AWS secret access key is ${fake(HEX, 40)}.`),
    no('aws_secret_key', 'unrelated base64 with no key id nearby', `checksum ${fake(BASE64, 40)} ok`),
    no('gcp_service_account', 'no private key', gcpJson(false)),
    no('gcp_service_account', 'another credential type', gcpJson(false, 'authorized_user')),
    no('google_api_key', 'one character short', `AIza${fake(BASE64URL, 34)} `),
    no('google_api_key', 'placeholder', 'key=AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX'),
    no('azure_storage_connection_string', 'Azurite well-known key', 'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;'),
    no('azure_storage_connection_string', 'placeholder', 'DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=<your-account-key>;EndpointSuffix=core.windows.net'),
    no('azure_service_bus_connection_string', 'short key', 'Endpoint=sb://x.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey=abc123'),
    no('github_token', 'unknown prefix', `ghx_${fake(BASE62, 36)}`),
    no('github_token', 'one character short', `ghp_${fake(BASE62, 35)}`),
    no('github_token', 'placeholder', 'GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'),
    no('gitlab_token', 'too short', `glpat-${fake(BASE62, 12)}`),
    no('gitlab_token', 'placeholder', 'glpat-xxxxxxxxxxxxxxxxxxxx'),
    no('slack_token', 'unknown prefix', `xoxz-${fake(DIGITS, 11)}-${fake(DIGITS, 12)}-${fake(BASE62, 24)}`),
    no('slack_token', 'placeholder', 'token: xoxb-your-bot-token'),
    no('slack_webhook', 'documentation placeholder', 'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX'),
    no('slack_webhook', 'no secret segment', 'See https://hooks.slack.com/services/ for setup.'),
    no('stripe_secret_key', 'not Stripe\'s shape (32 characters)', `sk_live_${fake(BASE62, 32)}`),
    no('stripe_secret_key', 'too short', `sk_live_${fake(BASE62, 16)}`),
    no('stripe_test_key', 'Stripe documentation test key', 'Stripe.apiKey = "sk_test_4eC39HqLyjWDarjtT1zdp7dc";'),
    no('stripe_webhook_secret', 'too short', `whsec_${fake(BASE62, 20)}`),
    no('openai_api_key', 'sk- key without OpenAI marker', `sk-${fake(BASE62, 48)}`),
    no('openai_api_key', 'short project key', `sk-proj-${fake(BASE62, 24)}`),
    no('openai_api_key', 'words with sk-', 'We need a low-risk-tolerance, desk-bound, task-oriented plan.'),
    no('anthropic_api_key', 'too short', `sk-ant-api03-${fake(BASE64URL, 20)}`),
    no('huggingface_token', 'digits in body', `hf_${fake(BASE62, 34)}1`),
    no('huggingface_token', 'one letter short', `hf_${fake(UPPER + LOWER, 33)}`),
    no('npm_token', 'npm config variable', 'npm_config_registry=https://registry.npmjs.org/'),
    no('npm_token', 'one character short', `npm_${fake(BASE62, 35)}`),
    no('jwt', 'header without alg', fakeJwt({ typ: 'JWT', kid: 'k1' })),
    no('jwt', 'jwt.io sample token', 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'),
    no('jwt', 'two parts only', `${fakeJwt().split('.').slice(0, 2).join('.')}`),
    no('private_key', 'elided body', '-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----'),
    no('private_key', 'public certificate', fakePem('CERTIFICATE', 600)),
    no('private_key', 'public key', fakePem('PUBLIC KEY', 300)),
    no('database_url', 'documentation password', 'postgres://user:password@localhost:5432/mydb'),
    no('database_url', 'password equals user', 'postgresql://postgres:postgres@localhost/postgres'),
    no('database_url', 'environment placeholder', 'postgres://app:${DB_PASSWORD}@db:5432/app'),
    no('database_url', 'no password', 'mysql://readonly@replica.internal/sales'),
    no('database_url', 'not a database scheme', `https://deploy:${fake(BASE62, 16)}@git.acme.dev/repo.git`),
    no('generic_password', 'low entropy', 'password=changeme'),
    no('generic_password', 'environment placeholder', 'password: ${DB_PASSWORD}'),
    no('generic_password', 'code reading the environment', 'password = os.environ["DB_PASSWORD"]'),
    no('generic_password', 'property path', 'const password: process.env.DB_PASSWORD;'),
    no('generic_password', 'too short', 'passwd=k9!Q'),
    no('generic_password', 'prose', 'Your password must be at least 12 characters; never share a password or token.'),
    no('generic_secret', 'type annotation', 'token: CancellationToken,'),
    no('generic_secret', 'masked value', 'secret = "****************"'),
    no('generic_secret', 'placeholder', 'api_key: <your_key_here>'),
    no('generic_secret', 'template placeholder', 'API_KEY={{ secrets.API_KEY_PROD_2024 }}'),
    no('http_auth_header', 'placeholder', 'Authorization: Bearer <token>'),
    no('http_auth_header', 'shell variable', 'curl -H "Authorization: Bearer $GITHUB_TOKEN_2" https://api.github.com'),
    no('http_auth_header', 'prose', 'The Authorization header carries a bearer token.'),
  ];
}
