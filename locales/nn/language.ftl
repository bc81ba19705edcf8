## /language

language-choose = Vel språk. Choose your language.
# The name of this language, in this language (used on its button).
language-name = Norsk nynorsk
language-chosen = No skriv eg på nynorsk.
easy-read-on = Lettlest
easy-read-off = Vanleg tekst
easy-read-on-done =
    No skriv eg lettlest.
    Eg bruker korte setningar.
    Eg skriv éin ting om gongen.
easy-read-off-done = No skriv eg vanleg tekst igjen.
