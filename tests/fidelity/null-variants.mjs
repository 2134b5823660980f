// Writes, from Shopify's schema, the answers the null test feeds through the client: for each
// base answer (a rich, valid answer to one operation), one variant per field the operation
// selects that the schema lets be null, with that field null at every place it occurs in the
// answer; one per list, with that list empty everywhere; and one per list whose items may be
// null, with every item null. Each variant is checked with check-response before it is used.
//
//   node null-variants.mjs --schema SCHEMA --source SOURCE_DIR --answers ANSWERS.json \
//        --out DIR [--check-response CHECK_RESPONSE_MJS]
//
// ANSWERS.json lists the base answers: [{name, operation, document, response, variables}],
// `document` relative to SOURCE_DIR, `response` and `variables` to ANSWERS.json's folder.
// An entry with "variants": false is only checked (an answer the test serves as it is).
// DIR/manifest.json then lists the variants ({answer, operation, coordinate, kind, file,
// places}) and, per operation, what no variant could show because every base answer has it
// null or empty ("unexercised"). Exit 1 if a variant or a base answer is not what Shopify
// could send.
import { mkdirSync, readFileSync, writeFileSync } from 'fs';
import { dirname, join, resolve } from 'path';
import { checkResponse, graphql } from './check-responses.mjs';
import { selectedFields } from './nullable-fields.mjs';

const { buildSchema, parse, Kind, getNullableType, isListType, isNonNullType, isLeafType, isAbstractType, typeFromAST } = graphql;

function options(argv) {
    const result = {};
    for (let i = 0; i < argv.length; i += 2) {
        if (!argv[i].startsWith('--') || argv[i + 1] === undefined) {
            console.error(`null-variants.mjs: bad argument ${argv[i]}`);
            process.exit(2);
        }
        result[argv[i].slice(2)] = argv[i + 1];
    }
    for (const required of ['schema', 'source', 'answers', 'out']) {
        if (!result[required]) {
            console.error(`null-variants.mjs: --${required} is required`);
            process.exit(2);
        }
    }
    return result;
}

// Every place a field of the operation occurs in an answer: {coordinate, type, path}. The walk
// follows the answer as execution would: fragments apply by the object's runtime type (its
// __typename, or for a member of an abstract type without one, the type whose fields fit).
function occurrences(schema, document, operationName, data) {
    const fragments = new Map();
    let operation;
    for (const d of document.definitions) {
        if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
        if (d.kind === Kind.OPERATION_DEFINITION && d.name?.value === operationName) operation = d;
    }
    if (!operation) throw new Error(`no operation ${operationName}`);
    const applies = (typeName, runtimeType) => {
        const condition = schema.getType(typeName);
        return condition === runtimeType || (isAbstractType(condition) && schema.isSubType(condition, runtimeType));
    };
    const collect = (selections, runtimeType, into = new Map()) => {
        for (const s of selections) {
            if (s.kind === Kind.FIELD) {
                const key = s.alias?.value ?? s.name.value;
                into.set(key, [...(into.get(key) ?? []), s]);
            } else if (s.kind === Kind.INLINE_FRAGMENT) {
                if (!s.typeCondition || applies(s.typeCondition.name.value, runtimeType))
                    collect(s.selectionSet.selections, runtimeType, into);
            } else if (s.kind === Kind.FRAGMENT_SPREAD) {
                const f = fragments.get(s.name.value);
                if (applies(f.typeCondition.name.value, runtimeType)) collect(f.selectionSet.selections, runtimeType, into);
            }
        }
        return into;
    };
    const found = [];
    const walkValue = (value, type, selections, path) => {
        if (value === null || value === undefined) return;
        const t = getNullableType(type);
        if (isListType(t)) {
            value.forEach((item, i) => walkValue(item, t.ofType, selections, [...path, i]));
            return;
        }
        if (isLeafType(t)) return;
        let runtime = t;
        if (isAbstractType(t)) {
            runtime = value.__typename ? schema.getType(value.__typename)
                : schema.getPossibleTypes(t).find(p => Object.keys(value).every(k => k in p.getFields()));
            if (!runtime) throw new Error(`${path.join('.')}: no type of ${t.name} fits`);
        }
        walkObject(value, runtime, selections, path);
    };
    const walkObject = (object, objectType, selections, path) => {
        for (const [key, nodes] of collect(selections, objectType)) {
            const name = nodes[0].name.value;
            if (name === '__typename') continue;
            const type = objectType.getFields()[name].type;
            found.push({ coordinate: `${objectType.name}.${name}`, type, path: [...path, key] });
            const sub = nodes.flatMap(n => n.selectionSet?.selections ?? []);
            walkValue(object[key], type, sub, [...path, key]);
        }
    };
    const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
    walkObject(data, root, operation.selectionSet.selections, ['data']);
    return found;
}

const at = (object, path) => path.reduce((o, k) => (o === null || o === undefined ? undefined : o[k]), object);

// The answer with `change` applied at each path whose value `wanted` accepts; null if none did.
function variantOf(base, paths, wanted, change) {
    const copy = structuredClone(base);
    const changed = [];
    for (const path of paths) {
        const parent = at(copy, path.slice(0, -1));
        const key = path[path.length - 1];
        if (parent === null || parent === undefined || !wanted(parent[key])) continue;
        parent[key] = change(parent[key]);
        changed.push(path.join('.'));
    }
    return changed.length ? { answer: copy, places: changed } : null;
}

const opts = options(process.argv.slice(2));
const schema = buildSchema(readFileSync(opts.schema, 'utf8'), { assumeValidSDL: true });
const answersDir = dirname(resolve(opts.answers));
const bases = JSON.parse(readFileSync(opts.answers, 'utf8'));
mkdirSync(opts.out, { recursive: true });

const manifest = { variants: [], unexercised: [] };
const toCheck = [];
for (const base of bases) {
    const documentPath = resolve(opts.source, base.document);
    const responsePath = resolve(answersDir, base.response);
    const variablesPath = base.variables ? resolve(answersDir, base.variables) : undefined;
    const document = parse(readFileSync(documentPath, 'utf8'));
    const answer = JSON.parse(readFileSync(responsePath, 'utf8'));
    toCheck.push({ query: documentPath, operation: base.operation, response: responsePath, variables: variablesPath });
    if (base.variants === false) continue; // an answer the test serves as it is

    // Group the places by schema coordinate: a field is null "in turn" everywhere it occurs.
    const byCoordinate = new Map();
    for (const o of occurrences(schema, document, base.operation, answer.data)) {
        const entry = byCoordinate.get(o.coordinate) ?? { type: o.type, paths: [] };
        entry.paths.push(o.path);
        byCoordinate.set(o.coordinate, entry);
    }
    const write = (coordinate, kind, made) => {
        const file = `${base.name}--${coordinate}--${kind}.json`;
        writeFileSync(join(opts.out, file), JSON.stringify(made.answer, null, 1));
        manifest.variants.push({ answer: base.name, operation: base.operation, coordinate, kind, file, places: made.places });
        toCheck.push({ query: documentPath, operation: base.operation, response: join(opts.out, file), variables: variablesPath });
    };
    for (const [coordinate, { type, paths }] of byCoordinate) {
        const plain = getNullableType(type);
        const kinds = [];
        if (!isNonNullType(type))
            kinds.push(['null', v => v !== null, () => null]);
        if (isListType(plain)) {
            kinds.push(['empty', v => Array.isArray(v) && v.length > 0, () => []]);
            if (!isNonNullType(plain.ofType))
                kinds.push(['null-items', v => Array.isArray(v) && v.some(i => i !== null), v => v.map(() => null)]);
        }
        for (const [kind, wanted, change] of kinds) {
            const made = variantOf(answer, paths, wanted, change);
            if (made) write(coordinate, kind, made);
        }
    }
}
// What the operations select that no base answer let a variant show (null or empty there,
// or inside a list that is empty in every base answer of the operation).
const shown = new Set(manifest.variants.map(v => `${v.operation} ${v.coordinate} ${v.kind}`));
const seen = new Set();
for (const base of bases) {
    if (base.variants === false || seen.has(base.operation)) continue;
    seen.add(base.operation);
    const document = parse(readFileSync(resolve(opts.source, base.document), 'utf8'));
    for (const f of selectedFields(schema, document, base.operation)) {
        const kinds = [...(f.nullable ? ['null'] : []), ...(f.list ? ['empty'] : [])];
        for (const kind of kinds) {
            const key = `${base.operation} ${f.coordinate} ${kind}`;
            if (shown.has(key)) continue;
            shown.add(key);
            manifest.unexercised.push({ operation: base.operation, coordinate: f.coordinate, kind });
        }
    }
}
writeFileSync(join(opts.out, 'manifest.json'), JSON.stringify(manifest, null, 1));

let failed = 0;
if (opts['check-response']) {
    for (const item of toCheck) {
        const { code, output } = await checkResponse(opts['check-response'], opts.schema, item);
        if (code !== 0) {
            ++failed;
            console.log(`${item.response}: not what Shopify could send:\n${output}`);
        }
    }
}
const counts = {};
for (const v of manifest.variants) counts[v.answer] = (counts[v.answer] ?? 0) + 1;
for (const [name, count] of Object.entries(counts)) console.log(`${name}: ${count} variants`);
for (const u of manifest.unexercised) console.log(`${u.operation}: no base answer can show ${u.coordinate} ${u.kind}`);
console.log(`${manifest.variants.length} variants, ${toCheck.length} answers checked, ${failed} not valid`);
process.exit(failed ? 1 : 0);
