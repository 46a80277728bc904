// The number of papers a compiled filter (__FILTER__ over p, values in parameters $p0, $p1, ...) keeps.
MATCH (p:Paper)
WHERE __FILTER__
RETURN count(p) AS count
