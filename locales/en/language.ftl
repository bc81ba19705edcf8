## /language

language-choose = Choose your language. Velg språk.
# The name of this language, in this language (used on its button).
language-name = English
language-chosen = I will write in English now.
