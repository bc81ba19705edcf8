## /language

language-choose = Vel språk. Choose your language.
# The name of this language, in this language (used on its button).
language-name = Norsk nynorsk
language-chosen = No skriv eg på nynorsk.
