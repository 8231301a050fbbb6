/** The console language, as `help` prints it and the README shows it. */
export const HELP_TEXT = `Commands (names match labels and aliases, any case; quote a name holding a keyword):
  path A -> B               shortest path following edge direction
  path A -- B               shortest path in either direction
  neighbors A [depth N]     actors within N steps (1 to 4; default 1), either direction
  find TEXT                 actors whose name or alias starts with TEXT (or has a word that does)
  show A                    an actor's card: type, aliases, degree, top relations
  help                      this text
Filters, after any command:
  -hedged                   drop hedged evidence (reportedly, according to...), and edges left with none
  -negated                  drop negated evidence, and edges left with none
  type person[,place...]    only actors of these types (person, organization, place, group, concept)
  min N                     only edges with at least N pieces of evidence
  via ask[,write]           only these relations ("wrote to" in quotes)
Examples:
  path Blinken -> Taliban
  neighbors "Ashraf Ghani" depth 2 -hedged
  show blinken`;
