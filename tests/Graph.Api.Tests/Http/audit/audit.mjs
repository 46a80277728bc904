// Runs every graphql-http server audit against a GraphQL over HTTP endpoint and prints the results as JSON.
//   node audit.mjs http://127.0.0.1:5080/graphql
// Exit code 0 when the audits ran (whatever they found), 2 on bad usage, 1 when the audits could not run.
// Graph.Api.Tests' GraphQLHttpAuditTests judges the results; the levels come from each audit's own name.
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url || !URL.canParse(url)) {
  console.error('usage: node audit.mjs <endpoint url>');
  process.exit(2);
}

const levelOf = (name) => /^(MUST|SHOULD|MAY)\b/.exec(name)?.[1] ?? 'UNKNOWN';

async function describe(response) {
  if (!response) {
    return undefined;
  }
  let body;
  try {
    body = (await response.clone().text()).slice(0, 500);
  } catch {
    body = '(unreadable)';
  }
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    body,
  };
}

try {
  const results = [];
  // One at a time: the server under test runs on a 2-core machine beside this script.
  for (const { id, name, fn } of serverAudits({ url })) {
    const result = await fn();
    results.push({
      id,
      name,
      level: levelOf(name),
      status: result.status,
      reason: result.reason ?? null,
      response: await describe(result.response),
    });
  }
  process.stdout.write(JSON.stringify(results, null, 2) + '\n');
} catch (error) {
  console.error(error);
  process.exit(1);
}
