// Deletes a term (label substituted for __LABEL__ from a fixed list) with the relationships it still has.
// $id: string.
MATCH (e:__LABEL__ {id: $id})
DETACH DELETE e
RETURN count(*) AS deleted
