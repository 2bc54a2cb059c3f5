// Question: Which articles mention an entity, and where?
// Needs a push with --documents: (:Document)-[:MENTIONS {count, starts, ends, sentences}]->(:Entity);
// starts/ends are character offsets into the document's original text.
// Parameters: $name (entity name, of any type).
// :param {name: "33618"}
MATCH (d:Document)-[m:MENTIONS]->(e:Entity {name: $name})
RETURN d.id AS document, d.date AS date, d.title AS title, e.label AS type, m.count AS mentions,
       m.starts AS starts, m.ends AS ends
ORDER BY date, document;
