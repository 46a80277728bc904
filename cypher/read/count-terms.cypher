// The number of terms of one kind (label substituted for __LABEL__) a compiled filter (__FILTER__ over e, values in
// parameters $p0, $p1, ...) keeps.
MATCH (e:__LABEL__)
WHERE __FILTER__
RETURN count(e) AS count
