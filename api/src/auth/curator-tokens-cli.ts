import { resolve } from 'node:path';
import { decisionLogCsv, decisionLogJson } from '../schema/review/decision-log-export.ts';
import { createDecisionLog, reviewDecisionsPath } from '../schema/review/decision-log.ts';
import {
  createCuratorToken,
  listCurators,
  reassignCurator,
  ReassignmentError,
  revokeCuratorToken,
} from './curator-tokens.ts';

const USAGE = `Usage: pnpm curator <command>
  add <name>     create a curator and print its token (shown once, stored only as a hash)
  list           list curators (never tokens)
  revoke <id>    revoke a curator's token (takes effect on the next request)
  reassign <from> <to>
                 give what <from> owns (narratives) to <to>: curator ids or persons; <from> must be revoked
  decisions [--format csv|json]
                 print the log of review decisions, oldest first (default csv)
Tokens live in $DATA_DIR/curators.json (default ./.data), decisions in $DATA_DIR/review-decisions.jsonl.`;

async function main(args: readonly string[]): Promise<number> {
  const dataDir = resolve(process.env['DATA_DIR'] || './.data');
  const [command, ...rest] = args;
  if (command === 'add') {
    const label = rest.join(' ').trim();
    if (label === '') {
      process.stderr.write(`${USAGE}\n`);
      return 2;
    }
    const { curator, token } = await createCuratorToken(dataDir, label);
    process.stderr.write(`Created curator ${curator.id} (${curator.label}). The token is shown once:\n`);
    process.stdout.write(`${token}\n`);
    return 0;
  }
  if (command === 'list') {
    for (const c of await listCurators(dataDir)) {
      process.stdout.write(
        `${c.id}\t${c.label}\t${c.person}\t${c.createdAt}\t${c.revokedAt ? `revoked ${c.revokedAt}` : 'active'}\n`,
      );
    }
    return 0;
  }
  if (command === 'revoke' && rest[0]) {
    if (await revokeCuratorToken(dataDir, rest[0])) {
      process.stderr.write(`Revoked ${rest[0]}\n`);
      return 0;
    }
    process.stderr.write(`No curator ${rest[0]}\n`);
    return 1;
  }
  if (command === 'reassign' && rest.length === 2) {
    try {
      const moved = await reassignCurator(dataDir, rest[0]!, rest[1]!);
      process.stderr.write(
        `What ${moved.from} owned now belongs to ${moved.to} (${moved.label}), from the next request on\n`,
      );
      return 0;
    } catch (error) {
      if (!(error instanceof ReassignmentError)) throw error;
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
  }
  if (command === 'decisions') {
    const format = rest[0] === '--format' ? rest[1] : rest.length === 0 ? 'csv' : undefined;
    if (format !== 'csv' && format !== 'json') {
      process.stderr.write(`${USAGE}\n`);
      return 2;
    }
    const decisions = await createDecisionLog(reviewDecisionsPath(dataDir)).all();
    process.stdout.write(format === 'csv' ? decisionLogCsv(decisions) : decisionLogJson(decisions));
    return 0;
  }
  process.stderr.write(`${USAGE}\n`);
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
