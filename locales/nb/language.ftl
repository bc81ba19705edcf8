## /language

language-choose = Velg språk. Choose your language.
# The name of this language, in this language (used on its button).
language-name = Norsk bokmål
language-chosen = Nå skriver jeg på bokmål.
