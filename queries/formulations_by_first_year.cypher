// Question: When did formulations first appear?
// Formulations grouped by the year of the earliest dated document mentioning them, most mentioned first,
// with what a numeric code stands for (descriptor) and its decoded parts.
// Parameters: $min_mentions (leave out rarer formulations), $top (formulations listed per year).
// :param {min_mentions: 1, top: 10}
MATCH (s:Slogan)
WHERE s.first_seen IS NOT NULL AND s.mentions >= $min_mentions
WITH left(s.first_seen, 4) AS year, s
ORDER BY s.mentions DESC, s.name
WITH year, count(s) AS formulations,
     collect({name: s.name, mentions: s.mentions, descriptor: s.descriptor, parts: s.parts}) AS listed
RETURN year, formulations, listed[..$top] AS most_mentioned
ORDER BY year;
