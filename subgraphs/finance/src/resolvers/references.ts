/** A reference to another subgraph's entity: its key only; the gateway fetches the rest from the owner. */
export interface Reference {
  id: string;
}
