// Lint rules for the whole workspace. The one that matters most: domain/ stays
// pure (no database, GraphQL, Kafka or Apollo imports), so business rules are
// plain functions tested without I/O (DESIGN.md section 4); application/ imports
// no GraphQL either.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";

export default tseslint.config(
  { ignores: ["**/node_modules/**", "**/__generated__/**", "**/db/migrations/**", "**/.data/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ["**/*.{js,mjs}"], languageOptions: { globals: globals.node } },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-non-null-assertion": "off",
    },
  },
  {
    files: ["subgraphs/*/src/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          // @meander/events itself exactly (a path), so that its plain-data capability catalog stays importable.
          paths: [{ name: "@meander/events", message: "domain/ holds pure rules: no I/O or GraphQL imports." }],
          patterns: [
            {
              group: [
                "drizzle-orm",
                "drizzle-orm/*",
                "pg",
                "@electric-sql/*",
                "graphql",
                "graphql/*",
                "kafkajs",
                "@apollo/*",
                "@meander/db",
                "@meander/events/*",
                "!@meander/events/features",
                "@meander/subgraph-kit",
              ],
              message:
                "domain/ holds pure rules: no I/O or GraphQL imports (the capability catalog, @meander/events/features, is plain data).",
            },
          ],
        },
      ],
    },
  },
  {
    // Use cases know nothing of GraphQL either (DESIGN.md section 4, issue 25 item 2): they throw @meander/validation's
    // transport-neutral errors (RuleViolationError, PublicError), which the subgraph kit maps to GraphQLError once.
    files: ["subgraphs/*/src/application/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["graphql", "graphql/*"],
              message:
                "application/ knows nothing of GraphQL: throw @meander/validation's RuleViolationError or PublicError (the subgraph kit maps them).",
            },
            {
              group: ["drizzle-orm", "drizzle-orm/*", "**/db/schema", "**/db/schema/*"],
              message:
                "application/ reaches the database only through db/repositories/ (constructed with the transaction and a Scope); row types come from there.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["subgraphs/*/src/**/*.ts"],
    ignores: ["subgraphs/*/src/config.ts"],
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read the environment only in config.ts." },
      ],
    },
  },
);
