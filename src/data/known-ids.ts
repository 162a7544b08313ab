/** The ids the dataset knows, so a link's unknown actors, topics and events can be dropped. */
export type KnownIds = {
  actors: ReadonlySet<string>;
  topics: ReadonlySet<string>;
  events: ReadonlySet<string>;
};
