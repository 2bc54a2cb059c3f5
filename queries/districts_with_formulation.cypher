// Question: Which districts and counties (区, 县) are mentioned together with a formulation?
// `sentences`: sentences naming both (CO_OCCURS); `documents`: documents naming both, from the doc_ids
// lists (the first 100 documents of each entity). Regions ending in 地区 are not districts.
// Parameters: $slogan (the formulation's name).
// :param {slogan: "33618"}
MATCH (s:Slogan {name: $slogan}), (p:Place)
WHERE (p.name ENDS WITH '区' OR p.name ENDS WITH '县') AND NOT p.name ENDS WITH '地区'
OPTIONAL MATCH (s)-[c:CO_OCCURS]-(p)
WITH p, c, size([doc IN p.doc_ids WHERE doc IN s.doc_ids]) AS documents
WHERE c IS NOT NULL OR documents > 0
RETURN p.name AS district, coalesce(c.count, 0) AS sentences, documents, c.npmi AS npmi
ORDER BY sentences DESC, documents DESC, district;
