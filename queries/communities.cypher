// Question: Which groups of entities belong together?
// The Louvain communities of the co-occurrence graph (property `community`), largest first, with their
// members of highest PageRank and how many officials and formulations each holds.
// Parameters: $min_size (smallest community listed), $top (members listed per community).
// :param {min_size: 2, top: 10}
MATCH (e:Entity)
WHERE e.community IS NOT NULL
WITH e
ORDER BY e.pagerank DESC, e.name
WITH e.community AS community, collect(e) AS members
WHERE size(members) >= $min_size
RETURN community, size(members) AS size,
       size([m IN members WHERE m:Person]) AS persons,
       size([m IN members WHERE m:Slogan]) AS formulations,
       [m IN members[..$top] | m.name] AS central_members
ORDER BY size DESC, community;
