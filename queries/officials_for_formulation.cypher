// Question: Which officials are most connected to a formulation (提法)?
// Ranks people by the statements in which they promote it (PROMOTES), then by the sentences they share
// with it (CO_OCCURS); bylines (reporters, photographers, editors) are left out. Shows their positions.
// Parameters: $slogan (the formulation's name), $limit (rows).
// :param {slogan: "33618", limit: 10}
MATCH (s:Slogan {name: $slogan})-[r:PROMOTES|CO_OCCURS]-(p:Person)
WHERE p.role IS NULL
WITH p,
     sum(CASE type(r) WHEN 'PROMOTES' THEN r.count ELSE 0 END) AS promotes,
     sum(CASE type(r) WHEN 'CO_OCCURS' THEN r.count ELSE 0 END) AS co_occurs
OPTIONAL MATCH (p)-[:HOLDS]->(position:Position)
RETURN p.name AS official, promotes, co_occurs, collect(position.name) AS positions
ORDER BY promotes DESC, co_occurs DESC, official
LIMIT $limit;
