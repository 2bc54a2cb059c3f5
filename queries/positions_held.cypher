// Question: Who holds which positions?
// Each official with the positions the texts give them (HOLDS), most often stated first.
// Parameters: $person (one official's name, or null for everyone).
// :param {person: null}
MATCH (p:Person)-[h:HOLDS]->(position:Position)
WHERE $person IS NULL OR p.name = $person
WITH p, h, position
ORDER BY h.count DESC, position.name
RETURN p.name AS official, collect(position.name) AS positions, sum(h.count) AS statements
ORDER BY statements DESC, official;
