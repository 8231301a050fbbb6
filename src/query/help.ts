/** The console language, as `help` prints it and the README shows it. */
export const HELP_TEXT = `Commands (names match labels and aliases, any case; quote a name holding a keyword):
  path A -> B               shortest path following edge direction
  path A -- B               shortest path in either direction
                            (with no path along the arrows, -> shows the one ignoring them)
  paths A -> B [k N] [max L]  the N shortest simple paths (default 5, up to 50) of at most L hops
                            (default 6, up to 10), by length, then by the documents behind them
  edges [from A] [rel R] [to B]  edges matching a pattern, any part optional (edges rel ask)
  neighbors A [depth N]     actors within N steps (1 to 4; default 1), either direction
  find TEXT                 actors whose name or alias starts with TEXT (or has a word that does)
  show A                    an actor's card: type, aliases, degree, top relations
  help                      this text
Filters, after any command:
  -hedged                   drop hedged evidence (reportedly, according to...), and edges left with none
  -negated                  drop negated evidence, and edges left with none
  -resolved                 drop evidence read through a pronoun (he = Ashraf Ghani), and edges left with none
  type person[,place...]    only actors of these types (person, organization, place, group, concept)
  min N                     only edges with at least N pieces of evidence
  via ask[,write]           only these relations ("wrote to" in quotes)
  since 2020-01-01          only evidence from documents dated that day or later, and edges left with some
  until 2020-06-30          only evidence from documents dated that day or earlier (undated documents
                            are outside any range; find keeps actors named in the range)
Concepts on the way (path, paths, neighbors beyond depth 1; the actors you name are never held back):
  (default)                 a concept is passed only when one document tells the hop in and the hop out
  -concepts                 no concept on the way
  +concepts                 any concept on the way, whichever documents tell its hops
Examples:
  path US -> Afghanistan
  paths Blinken -- Khalilzad k 3 max 5
  edges from US rel ask
  neighbors "Ashraf Ghani" depth 2 -hedged
  edges from Trump since 2020-01-01 until 2020-06-30
  path Blinken -- Khalilzad +concepts
  show blinken`;
