// Question: Which pairs of entities go together most strongly?
// Co-occurrence pairs ranked by normalised pointwise mutual information (NPMI, -1 to 1), among pairs
// seen in at least $min_count sentences (NPMI overrates rare pairs).
// Parameters: $min_count (sentences), $limit (rows).
// :param {min_count: 2, limit: 20}
MATCH (a:Entity)-[r:CO_OCCURS]->(b:Entity)
WHERE r.count >= $min_count
RETURN a.name AS entity, a.label AS type, b.name AS other, b.label AS other_type,
       r.count AS sentences, r.npmi AS npmi, r.jaccard AS jaccard
ORDER BY npmi DESC, sentences DESC, entity, other
LIMIT $limit;
