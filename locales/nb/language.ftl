## /language

language-choose = Velg språk. Choose your language.
# The name of this language, in this language (used on its button).
language-name = Norsk bokmål
language-chosen = Nå skriver jeg på bokmål.
easy-read-on = Lettlest
easy-read-off = Vanlig tekst
easy-read-on-done =
    Nå skriver jeg lettlest.
    Jeg bruker korte setninger.
    Jeg skriver én ting om gangen.
easy-read-off-done = Nå skriver jeg vanlig tekst igjen.
