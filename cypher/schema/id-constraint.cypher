// The key of one label: its id is unique (and indexed). __LABEL__ and __CONSTRAINT__ (the label in lower case
// followed by _id) come from the fixed list of labels. No parameters.
CREATE CONSTRAINT __CONSTRAINT__ IF NOT EXISTS FOR (n:__LABEL__) REQUIRE n.id IS UNIQUE
