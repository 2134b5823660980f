// Runs the workplace's check-response (../shared/tools/check-response.mjs, unchanged) on many
// responses in one node process.
//
// Why: each run of the tool spends about a second building Shopify's schema (3 MB of SDL,
// twice), and the null test checks a few hundred answers. Here the tool's own module is run
// once per response, exactly as its shell wrapper runs it (same arguments, same exit code and
// output), except that graphql's buildSchema remembers the schema it built for the same SDL
// text. buildSchema is a pure function of its text, so the verdicts are the tool's.
//
//   node check-responses.mjs CHECK_RESPONSE_MJS SCHEMA LIST.json
//
// LIST.json is a list of {query, operation, response, variables?} (file paths); prints one
// line per failing response with the tool's output, and exits 1 if any failed.
import { createRequire } from 'module';
import { readFileSync } from 'fs';
import { join } from 'path';
import { pathToFileURL } from 'url';

const require = createRequire(process.env.NODE_PATH ? join(process.env.NODE_PATH, 'x.js') : import.meta.url);

// check-response.mjs reads buildSchema through graphql's index, whose getters look the
// function up on this module's exports at each access: replacing it here is seen there.
const builder = require('graphql/utilities/buildASTSchema.js');
const buildOnce = builder.buildSchema;
const built = new Map();
builder.buildSchema = (source, options) => {
    const key = `${JSON.stringify(options ?? {})}\n${source}`;
    if (!built.has(key)) built.set(key, buildOnce(source, options));
    return built.get(key);
};

// The same module instance the tool will use, so both share the remembered schemas.
export const graphql = require('graphql');

class Exit {
    constructor(code) { this.code = code; }
}
let runs = 0;

// Runs check-response.mjs on one response: {code, output} as the tool would give them.
export async function checkResponse(tool, schemaPath, { query, operation, response, variables }) {
    const argv = [process.argv[0], tool, schemaPath, '--query', query, '--response', response];
    if (variables) argv.push('--variables', variables);
    if (operation) argv.push('--operation', operation);
    const saved = { argv: process.argv, exit: process.exit, log: console.log, error: console.error };
    const lines = [];
    let code = 0;
    process.argv = argv;
    console.log = (...parts) => lines.push(parts.join(' '));
    console.error = console.log;
    process.exit = (status) => { throw new Exit(status ?? 0); };
    try {
        // A fresh instance of the module each time: the tool does its work at the top level.
        await import(`${pathToFileURL(tool).href}?run=${++runs}`);
    } catch (e) {
        if (e instanceof Exit) {
            code = e.code;
        } else {
            lines.push(String(e?.stack ?? e));
            code = 2;
        }
    } finally {
        process.argv = saved.argv;
        process.exit = saved.exit;
        console.log = saved.log;
        console.error = saved.error;
    }
    return { code, output: lines.join('\n') };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
    const [tool, schemaPath, listPath] = process.argv.slice(2);
    if (!tool || !schemaPath || !listPath) {
        console.error('usage: check-responses.mjs CHECK_RESPONSE_MJS SCHEMA LIST.json');
        process.exit(2);
    }
    const list = JSON.parse(readFileSync(listPath, 'utf8'));
    let failed = 0;
    for (const item of list) {
        const { code, output } = await checkResponse(tool, schemaPath, item);
        if (code !== 0) {
            ++failed;
            console.log(`${item.response}: check-response says (exit ${code}):\n${output}`);
        }
    }
    console.log(`${list.length - failed} of ${list.length} responses have the shape Shopify would send`);
    process.exit(failed ? 1 : 0);
}
