import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for every operation in src/graphql/*.graphql, generated from the published contract.
// A schema change that breaks an operation fails codegen (validation) or the type check that follows it.
const config: CodegenConfig = {
  schema: '../../schema/schema.graphql',
  documents: ['src/graphql/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
      },
      config: {
        strictScalars: true,
        scalars: {
          Date: 'string',
          DateTimeOffset: 'string',
        },
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        skipTypeNameForRoot: true,
      },
    },
  },
};

export default config;
