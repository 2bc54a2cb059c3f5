// Question: Which formulations does an official promote?
// One row per formulation the person is the speaker of, with the number of statements and their dates.
// Parameters: $person (the official's name), $limit (rows).
// :param {person: "袁家军", limit: 100}
MATCH (:Person {name: $person})-[r:PROMOTES]->(s:Slogan)
RETURN s.name AS formulation, r.count AS statements, r.first_seen AS first_seen, r.last_seen AS last_seen,
       s.descriptor AS descriptor
ORDER BY statements DESC, first_seen, formulation
LIMIT $limit;
