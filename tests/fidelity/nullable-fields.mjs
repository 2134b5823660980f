// Lists, for each operation of a .graphql file, every field it selects that Shopify's schema
// allows to be null, and every list it selects, as schema coordinates (Type.field) with the
// paths where they occur. This is where the null test's variants and the client's null
// handling take their list from: the schema, not anyone's reading of it.
//
//   node nullable-fields.mjs SCHEMA OPERATIONS.graphql [OPERATION...] [--json]
//
// Uses the graphql package vendored in ../shared/tools/node_modules (set NODE_PATH to it).
import { createRequire } from 'module';
import { readFileSync } from 'fs';
import { join } from 'path';

const require = createRequire(process.env.NODE_PATH ? join(process.env.NODE_PATH, 'x.js') : import.meta.url);
const graphql = require('graphql');
const { buildSchema, parse, visit, visitWithTypeInfo, TypeInfo, Kind, isNonNullType, isListType, getNullableType, getNamedType } = graphql;

// The selections an operation makes, as {coordinate, type, nullable, list, path}: a TypeInfo
// walk over the operation and, at each fragment spread, over that fragment (so each place a
// shared fragment is used is listed under the operation that uses it).
export function selectedFields(schema, document, operationName) {
    const fragments = new Map();
    for (const definition of document.definitions)
        if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    const operation = document.definitions.find(d => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === operationName);
    if (!operation) throw new Error(`no operation ${operationName}`);
    const found = [];
    const walk = (node, prefix, initialType) => {
        const typeInfo = new TypeInfo(schema, initialType);
        const path = [...prefix];
        visit(node, visitWithTypeInfo(typeInfo, {
            Field: {
                enter(field) {
                    const parent = typeInfo.getParentType();
                    const type = typeInfo.getType();
                    const name = field.alias?.value ?? field.name.value;
                    path.push(name);
                    if (field.name.value === '__typename') return;
                    found.push({
                        coordinate: `${parent.name}.${field.name.value}`,
                        type: String(type),
                        nullable: !isNonNullType(type),
                        list: isListType(getNullableType(type)),
                        path: path.join('.'),
                    });
                },
                leave() { path.pop(); },
            },
            FragmentSpread(spread) {
                const fragment = fragments.get(spread.name.value);
                walk(fragment.selectionSet, path, schema.getType(fragment.typeCondition.name.value));
            },
        }));
    };
    walk(operation, [], undefined);
    return found;
}

export function operationNames(document) {
    return document.definitions.filter(d => d.kind === Kind.OPERATION_DEFINITION).map(d => d.name.value);
}

if (import.meta.url === `file://${process.argv[1]}`) {
    const args = process.argv.slice(2);
    const asJson = args.includes('--json');
    const [schemaPath, operationsPath, ...names] = args.filter(a => a !== '--json');
    if (!schemaPath || !operationsPath) {
        console.error('usage: nullable-fields.mjs SCHEMA OPERATIONS.graphql [OPERATION...] [--json]');
        process.exit(2);
    }
    const schema = buildSchema(readFileSync(schemaPath, 'utf8'), { assumeValidSDL: true });
    const document = parse(readFileSync(operationsPath, 'utf8'));
    const result = {};
    for (const name of names.length ? names : operationNames(document)) {
        const byCoordinate = new Map();
        for (const f of selectedFields(schema, document, name)) {
            if (!f.nullable && !f.list) continue;
            const entry = byCoordinate.get(f.coordinate) ?? { coordinate: f.coordinate, type: f.type, nullable: f.nullable, list: f.list, paths: [] };
            entry.paths.push(f.path);
            byCoordinate.set(f.coordinate, entry);
        }
        result[name] = [...byCoordinate.values()];
    }
    if (asJson) {
        console.log(JSON.stringify(result, null, 1));
    } else {
        for (const [name, entries] of Object.entries(result)) {
            console.log(`${name}:`);
            for (const e of entries)
                console.log(`  ${e.coordinate}: ${e.type}${e.nullable ? '' : ' (list, never null)'}  [${e.paths.length} place${e.paths.length > 1 ? 's' : ''}]`);
        }
    }
}
