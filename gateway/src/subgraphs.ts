/** The six subgraphs the supergraph is composed from, with their default local URLs (services mode ports). */
export const SUBGRAPHS = [
  { name: "identity", port: 4001 },
  { name: "organization", port: 4002 },
  { name: "activity", port: 4003 },
  { name: "finance", port: 4004 },
  { name: "engagement", port: 4005 },
  { name: "reporting", port: 4006 },
] as const;

export type SubgraphName = (typeof SUBGRAPHS)[number]["name"];

export const defaultUrl = (port: number) => `http://127.0.0.1:${port}/graphql`;
