// Question: How are two entities connected, and which sentences say so?
// The shortest chain of CO_OCCURS, HOLDS, DEFINES and PROMOTES relationships (any direction, at most 6
// steps), each step with its evidence: JSON text of [{doc, sentence, start, end, text}, ...]; with APOC
// installed, apoc.convert.fromJsonList(r.evidence) turns it into a list of maps.
// Parameters: $source, $target (entity names, of any type).
// :param {source: "袁家军", target: "重庆川仪精密机械有限公司"}
MATCH (a:Entity {name: $source}), (b:Entity {name: $target})
MATCH path = shortestPath((a)-[:CO_OCCURS|HOLDS|DEFINES|PROMOTES*..6]-(b))
RETURN [n IN nodes(path) | n.name] AS entities,
       [r IN relationships(path) | {from: startNode(r).name, type: type(r), to: endNode(r).name,
                                    count: r.count, evidence: r.evidence}] AS steps
ORDER BY length(path)
LIMIT 1;
